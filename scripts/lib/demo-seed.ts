import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, root } from "./prepare-database";

const credentialsFile = () => path.join(dataDir, "demo-password.txt");

/** Seeds an empty database and tells the person how to sign in, now and on later starts. */
export async function seedAndExplain(databaseUrl: string, appUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/server/db/client");
  const { seedDemo, DEMO_DOMAIN } = await import("@/lib/server/seed/seed-demo");
  const result = await seedDemo(db, {
    password: process.env.FACTDESK_DEMO_PASSWORD,
    seedDir: path.join(root, "prisma", "seed"),
  });
  await db.$disconnect();

  if (result.seeded && result.passwordGenerated && result.password) {
    writeFileSync(credentialsFile(), `${result.password}\n`);
    chmodSync(credentialsFile(), 0o600);
  }
  const password = result.seeded
    ? result.password
    : process.env.FACTDESK_DEMO_PASSWORD ||
      (existsSync(credentialsFile()) ? readFileSync(credentialsFile(), "utf8").trim() : null);

  console.log(result.seeded ? "▸ Seeded the demo team and the sample articles" : "▸ Existing data kept (no re-seed)");
  console.log(`\n  Factdesk: ${appUrl}`);
  console.log(`  Sign in as admin@${DEMO_DOMAIN}, editor@${DEMO_DOMAIN}, reviewer@${DEMO_DOMAIN} or viewer@${DEMO_DOMAIN}`);
  console.log(password ? `  Password: ${password}\n` : "  Password: the one set when this database was first seeded\n");
}

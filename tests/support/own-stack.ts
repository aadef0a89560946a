import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import getPort from "get-port";
import { hashSecret, newSecret } from "@/lib/server/auth/secret-token";
import { createDb } from "@/lib/server/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/server/db/embedded-postgres";
import { applyMigrations } from "@/lib/server/db/migrations";
import { nextBin } from "@/scripts/lib/build-if-stale";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * A PostgreSQL and an app server of a test's own (the shared ones must not be stopped or killed),
 * with a team whose admin has an API token. The production build is the one the global setup made.
 */
export async function startOwnStack(label: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `factdesk-${label}-`));
  chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, "postgres");
  let postgres: RunningPostgres | null = await startEmbeddedPostgres(pgDir);
  const pgPort = postgres.port;
  await postgres.createDatabase(label);
  const databaseUrl = postgres.connectionString(label);
  await applyMigrations(databaseUrl);
  const db = createDb(databaseUrl);
  const team = await db.team.create({ data: { slug: label, name: `Team ${label}` } });
  const admin = await db.user.create({ data: { email: `admin@${label}.invalid`, name: "Admin", memberships: { create: { teamId: team.id, role: "admin" } } } });
  const token = newSecret("fdk");
  await db.apiToken.create({ data: { teamId: team.id, name: "stack", role: "admin", tokenHash: hashSecret(token), prefix: token.slice(0, 8), createdById: admin.id } });

  const port = await getPort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let app: ChildProcess | null = null;
  const startApp = async () => {
    app = spawn(process.execPath, [nextBin(), "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", "ignore", process.env.FACTDESK_STACK_LOG ? "inherit" : "ignore"],
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") },
    });
    for (let i = 0; i < 240; i++) {
      if (await fetch(`${baseUrl}/api/v1/articles`).then((response) => response.status === 401, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("the app did not start");
  };
  await startApp();

  return {
    db,
    teamId: team.id,
    baseUrl,
    token,
    startApp,
    /** SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill. */
    killApp: () => {
      app?.kill("SIGKILL");
      app = null;
    },
    stopPostgres: async () => {
      await postgres?.stop();
      postgres = null;
    },
    startPostgres: async () => {
      postgres = await startEmbeddedPostgres(pgDir, () => {}, pgPort);
    },
    async close() {
      app?.kill("SIGTERM");
      await db.$disconnect().catch(() => {});
      await postgres?.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

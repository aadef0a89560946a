// `npm run db:migration -- <name>`: write the next migration from changes to prisma/schema.prisma.
import path from "node:path";
import { createMigration } from "@/lib/server/db/migrations";
import { prepareDatabase, root } from "./lib/prepare-database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
  process.exit(2);
}
const database = await prepareDatabase();
try {
  const dir = await createMigration(database.url, name);
  console.log(dir ? `▸ Wrote ${path.relative(root, dir)}/migration.sql` : "▸ The schema has no changes to migrate.");
} finally {
  await database.stop();
}

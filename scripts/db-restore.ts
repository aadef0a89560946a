// `npm run db:restore -- FILE [--replace]`: load a backup made by db:backup into the app's database
// (migrated first). An empty database only, unless --replace; all or nothing either way.
import path from "node:path";
import { BackupError, restoreDatabase } from "@/lib/server/db/backup";
import { prepareDatabase } from "./lib/prepare-database";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run db:restore -- FILE [--replace]");
  process.exit(2);
}
const database = await prepareDatabase();
try {
  const manifest = await restoreDatabase(database.url, path.resolve(file), { replace: args.includes("--replace") });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`▸ Restored ${manifest.tables.length} tables, ${rows.toLocaleString("en")} rows, from the backup of ${manifest.createdAt}; every table's checksum matches`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}

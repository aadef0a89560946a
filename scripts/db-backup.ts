// `npm run db:backup [-- FILE]`: every table of the app's database (DATABASE_URL, or the embedded one)
// into one .tar.gz, by default backups/factdesk-<time>.tar.gz in the data directory.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "@/lib/server/db/backup";
import { dataDir, prepareDatabase } from "./lib/prepare-database";

const file = path.resolve(process.argv[2] ?? path.join(dataDir, "backups", `factdesk-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`));
mkdirSync(path.dirname(file), { recursive: true });
const database = await prepareDatabase();
try {
  const manifest = await backupDatabase(database.url, file);
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`▸ Backed up ${manifest.tables.length} tables, ${rows.toLocaleString("en")} rows, to ${file}`);
} finally {
  await database.stop();
}

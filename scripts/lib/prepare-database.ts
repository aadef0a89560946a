import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "@/lib/server/db/migrations";
import { assertPostgresCanReach } from "@/lib/server/db/postgres-reach";
import { provideDatabase, type ProvidedDatabase } from "@/lib/server/db/provide-database";

export const root = path.resolve(import.meta.dirname, "../..");
export const dataDir = path.resolve(root, process.env.FACTDESK_DATA_DIR || ".data");

/** Starts (or connects to) the database and applies pending migrations; PostgreSQL logs go to a file. */
export async function prepareDatabase(): Promise<ProvidedDatabase> {
  // Said before the folder is made, so an unreachable FACTDESK_DATA_DIR gets the sentence, not an EACCES.
  if (!process.env.DATABASE_URL) assertPostgresCanReach([dataDir]);
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, "postgres.log");
  const database = await provideDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    log: (line) => appendFileSync(logFile, line),
  });
  if (database.embedded) console.log(`▸ Embedded PostgreSQL started (data in ${path.relative(root, dataDir)}/postgres)`);
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `▸ Applied migrations: ${applied.join(", ")}` : "▸ Database schema is up to date");
  return database;
}

/**
 * On SIGINT/SIGTERM: stop the child server first, then the embedded database, then exit. Also when the
 * parent process goes away: `npm start` runs this under `sh -c`, and when a supervisor stops npm alone
 * (`kill <npm's pid>`), npm passes the signal to that shell, which dies without passing it on. The server
 * and the database must not outlive it.
 */
export function stopOnSignals(database: ProvidedDatabase, beforeStop: () => Promise<void> = async () => {}) {
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n▸ ${reason}: stopping…`);
    await beforeStop().catch(() => {});
    await database.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop("parent process gone");
  }, 1000).unref();
}

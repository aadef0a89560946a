import "server-only";
import PgBoss from "pg-boss";

// The PostgreSQL-backed job queue (pg-boss, in its own "pgboss" schema). Every app instance starts
// it and works jobs, so any instance can pick up a bulk import and a restart resumes where it was.

export const IMPORT_QUEUE = "article-import";
/** One job per newly cited source: take its first snapshot after the citation committed. */
export const ARCHIVE_QUEUE = "source-archive";
/** Scheduled: re-fetch a batch of cited sources whose last check is older than the interval. */
export const RECHECK_QUEUE = "source-recheck";

const state = globalThis as typeof globalThis & { factdeskBoss?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  state.factdeskBoss ??= (async () => {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: "pgboss", max: 4 });
    boss.on("error", (error) => console.error("job queue:", error.message));
    await boss.start();
    await boss.createQueue(IMPORT_QUEUE);
    await boss.createQueue(ARCHIVE_QUEUE);
    await boss.createQueue(RECHECK_QUEUE);
    return boss;
  })().catch((error) => {
    state.factdeskBoss = undefined;
    throw error;
  });
  return state.factdeskBoss;
}

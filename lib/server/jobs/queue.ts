import "server-only";
import PgBoss from "pg-boss";

// The PostgreSQL-backed job queue (pg-boss, in its own "pgboss" schema). Every app instance starts
// it and works jobs, so any instance can pick up a bulk import and a restart resumes where it was.

export const IMPORT_QUEUE = "article-import";
/** Retraining of a team's claim model; "stately": at most one waiting and one running job per team and language. */
export const CLAIM_MODEL_QUEUE = "claim-model-retrain";

const state = globalThis as typeof globalThis & { factdeskBoss?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  state.factdeskBoss ??= (async () => {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: "pgboss", max: 4 });
    boss.on("error", (error) => console.error("job queue:", error.message));
    await boss.start();
    await boss.createQueue(IMPORT_QUEUE);
    await boss.createQueue(CLAIM_MODEL_QUEUE, { name: CLAIM_MODEL_QUEUE, policy: "stately" });
    return boss;
  })().catch((error) => {
    state.factdeskBoss = undefined;
    throw error;
  });
  return state.factdeskBoss;
}

import "server-only";
import PgBoss from "pg-boss";
import { onShutdown } from "@/lib/server/lifecycle/shutdown";

// The PostgreSQL-backed job queue (pg-boss, in its own "pgboss" schema). Every app instance starts
// it and works jobs, so any instance can pick up a bulk import and a restart resumes where it was.

export const IMPORT_QUEUE = "article-import";
/** Retraining of a team's claim model; "stately": at most one waiting and one running job per team and language. */
export const CLAIM_MODEL_QUEUE = "claim-model-retrain";
/** One job per newly cited source: take its first snapshot after the citation committed. */
export const ARCHIVE_QUEUE = "source-archive";
/** Scheduled: re-fetch a batch of cited sources whose last check is older than the interval. */
export const RECHECK_QUEUE = "source-recheck";
/** Bulk import of other fact-checkers' ClaimReviews, in batches (see work-known-check-import.ts). */
export const KNOWN_CHECK_QUEUE = "known-check-import";

/** One notification mail (lib/server/notify); retried with backoff. */
export const MAIL_QUEUE = "notification-mail";
/** One webhook delivery (lib/server/webhook); retried with backoff. */
export const WEBHOOK_QUEUE = "webhook-delivery";
/** Scheduled daily: queue the digest mails. */
export const DIGEST_QUEUE = "mail-digest";

const state = globalThis as typeof globalThis & { factdeskBoss?: Promise<PgBoss>; factdeskBossRunning?: boolean };

export function jobQueue(): Promise<PgBoss> {
  state.factdeskBoss ??= (async () => {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: "pgboss", max: 4 });
    boss.on("error", (error) => console.error("job queue:", error.message));
    boss.on("stopped", () => (state.factdeskBossRunning = false));
    await boss.start();
    state.factdeskBossRunning = true;
    await boss.createQueue(IMPORT_QUEUE);
    await boss.createQueue(ARCHIVE_QUEUE);
    await boss.createQueue(RECHECK_QUEUE);
    await boss.createQueue(MAIL_QUEUE);
    await boss.createQueue(WEBHOOK_QUEUE);
    await boss.createQueue(DIGEST_QUEUE);
    await boss.createQueue(KNOWN_CHECK_QUEUE);
    await boss.createQueue(CLAIM_MODEL_QUEUE, { name: CLAIM_MODEL_QUEUE, policy: "stately" });
    // Stopping: fetch no more jobs. Drained: wait for the job in hand (an import hands itself back
    // at once, see workImportJob); one still running when the time is up is failed, so pg-boss retries it.
    onShutdown("stopping", "job workers", async () => {
      await boss.offWork(IMPORT_QUEUE);
      await boss.offWork(CLAIM_MODEL_QUEUE);
      await boss.offWork(ARCHIVE_QUEUE);
      await boss.offWork(RECHECK_QUEUE);
      await boss.offWork(MAIL_QUEUE);
      await boss.offWork(WEBHOOK_QUEUE);
      await boss.offWork(DIGEST_QUEUE);
      await boss.offWork(KNOWN_CHECK_QUEUE);
    });
    onShutdown("drained", "job queue", (budgetMs) => boss.stop({ graceful: true, wait: true, timeout: budgetMs }));
    return boss;
  })().catch((error) => {
    state.factdeskBoss = undefined;
    throw error;
  });
  return state.factdeskBoss;
}

/** Whether this instance has started the queue (and not stopped it since): part of /api/ready. */
export const jobQueueRunning = (): boolean => state.factdeskBossRunning === true;

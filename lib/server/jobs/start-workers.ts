import "server-only";
import { strandedImportIds } from "@/lib/server/import/stranded-imports";
import { ARTICLE_IMPORTS, workImportJob } from "@/lib/server/import/work-import-job";
import { retrainTeamModel } from "@/lib/server/claim-model/retrain-team-model";
import type { RetrainJob } from "@/lib/server/claim-model/schedule-retraining";
import { shutdownSignal } from "@/lib/server/lifecycle/shutdown";
import { countJob } from "@/lib/server/observability/metrics";
import { logger } from "@/lib/server/observability/shared";
import { archiveSource } from "@/lib/server/source/archive-source";
import { recheckDueSources } from "@/lib/server/source/recheck-sources";
import { dispatchOutbox } from "@/lib/server/notify/dispatch-outbox";
import type { MailJob } from "@/lib/server/notify/mail-job";
import { queueDigests } from "@/lib/server/notify/queue-digests";
import { sendNotificationMail } from "@/lib/server/notify/send-notification-mail";
import { deliverWebhook } from "@/lib/server/webhook/deliver-webhook";
import { pruneWebhookDeliveries } from "@/lib/server/webhook/prune-deliveries";
import { pruneSignInAttempts } from "@/lib/server/auth/prune-sign-in-attempts";
import { KNOWN_CHECK_IMPORTS, workKnownCheckImport } from "@/lib/server/known-check/work-known-check-import";
import { teamTurnPriority } from "./fair-queue";
import { ARCHIVE_QUEUE, CLAIM_MODEL_QUEUE, DIGEST_QUEUE, IMPORT_QUEUE, KNOWN_CHECK_QUEUE, MAIL_QUEUE, RECHECK_QUEUE, WEBHOOK_QUEUE, jobQueue } from "./queue";

const CONCURRENT_IMPORTS = 3;
const CONCURRENT_ARCHIVES = 2;
/** A host that never answers holds a delivery for the whole fetch deadline: several at once keep the others moving. */
const CONCURRENT_DELIVERIES = 3;
/** The re-check runs every 10 minutes; each run takes one small batch of due sources. */
const RECHECK_CRON = "*/10 * * * *";
/** The daily digest (and trimming of logs), at 07:00 UTC. */
const DIGEST_CRON = "0 7 * * *";
/** How often this instance looks for committed events to hand to webhooks and mail. */
const OUTBOX_EVERY_MS = 1_000;
/** How often this instance looks for imports whose worker is gone. */
const SWEEP_EVERY_MS = 15_000;

/** Starts working the import and claim-model queues in this instance, and re-queues imports a crash left behind. */
export async function startWorkers(): Promise<void> {
  const boss = await jobQueue();
  // A few imports at a time per instance, so a small batch does not wait behind a big one.
  for (let worker = 0; worker < CONCURRENT_IMPORTS; worker++) {
    await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (!job) return;
      // An import interrupted by this instance's shutdown is queued again, for another instance or the restart.
      const outcome = await logged(IMPORT_QUEUE, job.id, () => workImportJob(job.data.importJobId, { stop: shutdownSignal() }));
      if (outcome === "handed-back") await enqueueImport(job.data.importJobId);
    });
  }
  // One retraining at a time per instance: the training itself runs in the worker pool at low priority.
  await boss.work<RetrainJob>(CLAIM_MODEL_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await logged(CLAIM_MODEL_QUEUE, job.id, () => retrainTeamModel(job.data));
  });
  // Archiving a cited page: a fetch (bounded by the fetch deadline) and a parse in the worker pool.
  for (let worker = 0; worker < CONCURRENT_ARCHIVES; worker++) {
    await boss.work<{ sourceId: string }>(ARCHIVE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await logged(ARCHIVE_QUEUE, job.id, () => archiveSource(job.data.sourceId));
    });
  }
  // Known fact-checks: one import at a time per instance, each in batches of its own transactions.
  await boss.work<{ importId: string }>(KNOWN_CHECK_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const outcome = await logged(KNOWN_CHECK_QUEUE, job.id, () => workKnownCheckImport(job.data.importId, { stop: shutdownSignal() }));
    if (outcome === "handed-back") await enqueueKnownCheckImport(job.data.importId);
  });
  await boss.work(RECHECK_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    await recheckDueSources();
  });
  await boss.work<MailJob>(MAIL_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await logged(MAIL_QUEUE, job.id, () => sendNotificationMail(job.data));
  });
  // A failed delivery throws, so the queue retries it with backoff; the last attempt, or a target
  // refused for good, is logged as failed.
  for (let worker = 0; worker < CONCURRENT_DELIVERIES; worker++) await boss.work<{ deliveryId: string }>(WEBHOOK_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
    if (!job) return;
    const outcome = await logged(WEBHOOK_QUEUE, job.id, () => deliverWebhook(job.data.deliveryId, { lastAttempt: job.retryCount >= job.retryLimit }));
    if (outcome === "retry") throw new Error("webhook not accepted");
  });
  // Daily: the digest mails, then the webhook delivery log and sign-in attempts trimmed to their retention.
  await boss.work(DIGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 60 }, async () => {
    await queueDigests();
    await pruneWebhookDeliveries();
    await pruneSignInAttempts();
  });
  await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, {}, { singletonKey: "digest", expireInMinutes: 30 });
  startOutboxDispatcher();
  // pg-boss keeps one schedule per queue name in the database, so every instance saying this is harmless.
  await boss.schedule(RECHECK_QUEUE, RECHECK_CRON, {}, { singletonKey: "recheck", expireInMinutes: 30 });
  await requeueStranded({ queued: true });
  // Now and every few seconds after: a job killed just before this start still has a fresh heartbeat
  // and becomes stale (STALE_AFTER_MS) only later. pg-boss would retry it only after its expiry.
  setInterval(() => void requeueStranded().catch((error: Error) => console.error(`import sweep: ${error.message}`)), SWEEP_EVERY_MS).unref();
}

/** Hands committed events to webhooks and mail, one run at a time per instance. */
function startOutboxDispatcher(): void {
  let running = false;
  setInterval(() => {
    if (running || shutdownSignal().aborted) return;
    running = true;
    dispatchOutbox()
      .catch((error: Error) => console.error(`event dispatch: ${error.message}`))
      .finally(() => (running = false));
  }, OUTBOX_EVERY_MS).unref();
}

/** One JSON log line and one count per job: name, id, duration, outcome (never its data). */
async function logged<T>(name: string, id: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let outcome: "completed" | "failed" = "failed";
  try {
    const result = await work();
    outcome = "completed";
    return result;
  } finally {
    countJob(name, outcome);
    logger().info({ kind: "job", name, jobId: id, durationMs: Math.round(performance.now() - started), outcome }, "job");
  }
}

/** Sends again the imports no worker is on. Sending twice is harmless: workImportJob takes a job only when no live worker holds it. */
export async function requeueStranded({ queued = false } = {}): Promise<number> {
  const stranded = await strandedImportIds({ queued });
  for (const id of stranded) await enqueueImport(id);
  return stranded.length;
}

export async function enqueueImport(importJobId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(IMPORT_QUEUE, { importJobId }, { retryLimit: 3, retryDelay: 5, expireInMinutes: 60, priority: await teamTurnPriority(ARTICLE_IMPORTS, importJobId) });
}

/** Queues the first snapshot of a newly cited source; citing does not wait for it. */
export async function enqueueSourceArchive(sourceId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(ARCHIVE_QUEUE, { sourceId }, { retryLimit: 3, retryDelay: 30, expireInMinutes: 5, singletonKey: sourceId });
}

/** Queues a bulk import of known fact-checks; a retry resumes after the last committed batch. */
export async function enqueueKnownCheckImport(importId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(KNOWN_CHECK_QUEUE, { importId }, { retryLimit: 5, retryDelay: 5, expireInMinutes: 30, priority: await teamTurnPriority(KNOWN_CHECK_IMPORTS, importId) });
}

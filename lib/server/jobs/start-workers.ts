import "server-only";
import { strandedImportIds } from "@/lib/server/import/stranded-imports";
import { workImportJob } from "@/lib/server/import/work-import-job";
import { archiveSource } from "@/lib/server/source/archive-source";
import { recheckDueSources } from "@/lib/server/source/recheck-sources";
import { ARCHIVE_QUEUE, IMPORT_QUEUE, RECHECK_QUEUE, jobQueue } from "./queue";

const CONCURRENT_IMPORTS = 3;
const CONCURRENT_ARCHIVES = 2;
/** The re-check runs every 10 minutes; each run takes one small batch of due sources. */
const RECHECK_CRON = "*/10 * * * *";
/** How often this instance looks for imports whose worker is gone. */
const SWEEP_EVERY_MS = 15_000;

/** Starts working the import queue in this instance, and re-queues imports a crash left behind. */
export async function startWorkers(): Promise<void> {
  const boss = await jobQueue();
  // A few imports at a time per instance, so a small batch does not wait behind a big one.
  for (let worker = 0; worker < CONCURRENT_IMPORTS; worker++) {
    await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await workImportJob(job.data.importJobId);
    });
  }
  // Archiving a cited page: a fetch (bounded by the fetch deadline) and a parse in the worker pool.
  for (let worker = 0; worker < CONCURRENT_ARCHIVES; worker++) {
    await boss.work<{ sourceId: string }>(ARCHIVE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await archiveSource(job.data.sourceId);
    });
  }
  await boss.work(RECHECK_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    await recheckDueSources();
  });
  // pg-boss keeps one schedule per queue name in the database, so every instance saying this is harmless.
  await boss.schedule(RECHECK_QUEUE, RECHECK_CRON, {}, { singletonKey: "recheck", expireInMinutes: 30 });
  await requeueStranded({ queued: true });
  // Now and every few seconds after: a job killed just before this start still has a fresh heartbeat
  // and becomes stale (STALE_AFTER_MS) only later. pg-boss would retry it only after its expiry.
  setInterval(() => void requeueStranded().catch((error: Error) => console.error(`import sweep: ${error.message}`)), SWEEP_EVERY_MS).unref();
}

/** Sends again the imports no worker is on. Sending twice is harmless: workImportJob takes a job only when no live worker holds it. */
export async function requeueStranded({ queued = false } = {}): Promise<number> {
  const stranded = await strandedImportIds({ queued });
  for (const id of stranded) await enqueueImport(id);
  return stranded.length;
}

export async function enqueueImport(importJobId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(IMPORT_QUEUE, { importJobId }, { retryLimit: 3, retryDelay: 5, expireInMinutes: 60 });
}

/** Queues the first snapshot of a newly cited source; citing does not wait for it. */
export async function enqueueSourceArchive(sourceId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(ARCHIVE_QUEUE, { sourceId }, { retryLimit: 3, retryDelay: 30, expireInMinutes: 5, singletonKey: sourceId });
}

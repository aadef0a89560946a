import "server-only";
import { db } from "@/lib/server/db/client";
import { workImportJob } from "@/lib/server/import/work-import-job";
import { IMPORT_QUEUE, jobQueue } from "./queue";

const CONCURRENT_IMPORTS = 3;

/** Starts working the import queue in this instance, and re-queues imports a crash left running. */
export async function startWorkers(): Promise<void> {
  const boss = await jobQueue();
  // A few imports at a time per instance, so a small batch does not wait behind a big one.
  for (let worker = 0; worker < CONCURRENT_IMPORTS; worker++) {
    await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await workImportJob(job.data.importJobId);
    });
  }
  // A job whose worker died keeps status "running" while pg-boss retries it after expiry; imports
  // queued before the queue existed (or whose message was lost) are sent again here.
  const stranded = await db.importJob.findMany({ where: { status: "queued", createdAt: { lt: new Date(Date.now() - 60_000) } }, select: { id: true } });
  for (const { id } of stranded) await enqueueImport(id);
}

export async function enqueueImport(importJobId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(IMPORT_QUEUE, { importJobId }, { retryLimit: 3, retryDelay: 5, expireInMinutes: 60, singletonKey: importJobId });
}

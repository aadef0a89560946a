import { db } from "@/lib/server/db/client";
import { STALE_AFTER_MS } from "./work-import-job";

/**
 * Imports no worker is on: running ones whose heartbeat went stale (their worker was killed) and
 * with `queued`, queued ones older than a minute (their queue message was lost before a restart).
 */
export async function strandedImportIds({ queued = false, now = Date.now() } = {}): Promise<string[]> {
  const jobs = await db.importJob.findMany({
    where: {
      OR: [
        { status: "running", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: new Date(now - STALE_AFTER_MS) } }] },
        ...(queued ? [{ status: "queued" as const, createdAt: { lt: new Date(now - 60_000) } }] : []),
      ],
    },
    select: { id: true },
  });
  return jobs.map((job) => job.id);
}

import "server-only";
import { db } from "@/lib/server/db/client";
import { IMPORT_QUEUE } from "./queue";

/** Queued and failed jobs per queue, read from pg-boss's tables (shared by every instance). */
export async function jobQueueDepth(): Promise<Record<string, { queued: number; failed: number }>> {
  const rows = await db.$queryRaw<{ name: string; queued: number; failed: number }[]>`
    SELECT name,
           count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
           count(*) FILTER (WHERE state = 'failed')::int AS failed
    FROM pgboss.job WHERE name = ${IMPORT_QUEUE} GROUP BY name`;
  const depth: Record<string, { queued: number; failed: number }> = { [IMPORT_QUEUE]: { queued: 0, failed: 0 } };
  for (const row of rows) depth[row.name] = { queued: row.queued, failed: row.failed };
  return depth;
}

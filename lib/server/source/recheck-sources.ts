import { db } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { archiveSource } from "./archive-source";

/** Sources fetched per re-check run: small, so one run never holds the fetch slots or the pool long. */
export const RECHECK_BATCH = 20;

/**
 * Sources still cited somewhere whose last check is older than FACTDESK_SOURCE_RECHECK_HOURS (or who
 * were never checked: a citation whose archive job was lost), oldest check first.
 */
export async function dueSourceIds({ now = new Date(), limit = RECHECK_BATCH, teamId }: { now?: Date; limit?: number; teamId?: string } = {}): Promise<string[]> {
  const before = new Date(now.getTime() - env().FACTDESK_SOURCE_RECHECK_HOURS * 3_600_000);
  const due = await db.source.findMany({
    where: {
      ...(teamId && { teamId }),
      OR: [{ checkedAt: null }, { checkedAt: { lt: before } }],
      citations: { some: { removedAt: null } },
    },
    orderBy: [{ checkedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  return due.map((source) => source.id);
}

/**
 * One re-check run: fetches a batch of due sources one after the other and flags each ok, changed or
 * failed. `teamId` narrows the run to one team (tests). Returns how many were checked.
 */
export async function recheckDueSources(options: { now?: Date; limit?: number; teamId?: string } = {}): Promise<number> {
  const ids = await dueSourceIds(options);
  for (const id of ids) await archiveSource(id);
  return ids.length;
}

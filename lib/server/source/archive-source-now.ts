import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { archiveSource } from "./archive-source";
import { getSource } from "./get-source";

/** A source is archived on request at most once in this time, so nobody can make us hammer a site. */
export const REARCHIVE_INTERVAL_MS = 60_000;

/**
 * "Archive again": fetches one of the team's sources now and answers with its new archive state. The
 * claim on the slot is one conditional update, so two requests at once cannot both fetch.
 */
export async function archiveSourceNow({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "source.manage");
  if (!isUuid(id) || !(await db.source.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } }))) throw notFound("The source");
  const now = new Date();
  const claimed = await db.source.updateMany({
    where: { id, teamId: actor.teamId, OR: [{ archiveRequestedAt: null }, { archiveRequestedAt: { lt: new Date(now.getTime() - REARCHIVE_INTERVAL_MS) } }] },
    data: { archiveRequestedAt: now },
  });
  if (claimed.count === 0) throw new AppError("RATE_LIMITED", "This source was fetched less than a minute ago. Wait a minute and try again.");
  await archiveSource(id);
  return getSource({ actor, id });
}

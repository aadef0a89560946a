import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";

/** Every snapshot of one of the team's sources, newest first, without their text. */
export async function listSourceSnapshots({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "article.read");
  const source = isUuid(id) ? await db.source.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } }) : null;
  if (!source) throw notFound("The source");
  return db.sourceSnapshot.findMany({
    where: { sourceId: source.id, teamId: actor.teamId },
    orderBy: { fetchedAt: "desc" },
    select: snapshotSummaryFields,
  });
}

export const snapshotSummaryFields = {
  id: true, requestedUrl: true, finalUrl: true, httpStatus: true, fetchedAt: true, contentHash: true,
  title: true, publisher: true, publishedAt: true, error: true, linkState: true,
} as const;

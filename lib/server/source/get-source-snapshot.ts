import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { snapshotSummaryFields } from "./list-source-snapshots";

/** One snapshot of one of the team's sources, with its archived readable text (plain text, never HTML). */
export async function getSourceSnapshot({ actor, sourceId, snapshotId }: { actor: Actor; sourceId: string; snapshotId: string }) {
  authorize(actor, "article.read");
  const snapshot =
    isUuid(sourceId) && isUuid(snapshotId)
      ? await db.sourceSnapshot.findFirst({
          where: { id: snapshotId, sourceId, teamId: actor.teamId },
          select: { ...snapshotSummaryFields, text: true, source: { select: { id: true, url: true, title: true } } },
        })
      : null;
  if (!snapshot) throw notFound("The archived copy");
  return snapshot;
}

import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { lockOpenClaim } from "@/lib/server/claim/frozen-claim";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";

/** Takes a source off a claim. The citation row stays (marked removed) so the history can show it. */
export async function removeCitation({ actor, citationId }: { actor: Actor; citationId: string }) {
  authorize(actor, "source.manage");
  if (!isUuid(citationId)) throw notFound("The citation");
  return db.$transaction(async (tx) => {
    const citation = await tx.citation.findFirst({
      where: { id: citationId, removedAt: null, claim: { teamId: actor.teamId } },
      include: { source: { select: { url: true, title: true } }, claim: { select: { articleId: true } } },
    });
    if (!citation) throw notFound("The citation");
    await lockOpenClaim(tx, citation.claimId);
    // Only while still cited: removals sent at once each wrote a history entry (hostile probe of stop 41).
    const { count } = await tx.citation.updateMany({ where: { id: citation.id, removedAt: null }, data: { removedAt: new Date() } });
    if (count === 0) throw notFound("The citation");
    await recordActivity(tx, actor, {
      action: "source.removed",
      articleId: citation.claim.articleId,
      claimId: citation.claimId,
      before: { citationId: citation.id, url: citation.source.url, title: citation.source.title, stance: citation.stance },
    });
    return { id: citation.id, removed: true };
  });
}

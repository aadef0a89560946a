import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { attachSource, type AttachSourceOptions } from "@/lib/server/source/attach-source";
import { isUuid } from "@/lib/validations/id";
import type { CiteKnownCheckInput } from "@/lib/validations/known-check";

/**
 * Cites a known fact-check on a claim in one step: the review's address becomes the source (reused
 * if the team already has it), with its publisher, the rating and the claim it reviewed as the title.
 * Once per claim: a second cite of the same review is a 409 naming the existing citation.
 */
export async function citeKnownCheck({ actor, id, input, archive }: { actor: Actor; id: string; input: CiteKnownCheckInput; archive?: AttachSourceOptions["archive"] }) {
  authorize(actor, "source.manage");
  const check = isUuid(id) ? await db.knownFactCheck.findFirst({ where: { id, teamId: actor.teamId } }) : null;
  if (!check) throw notFound("The known fact-check");
  const title = [check.ratingName, check.claimReviewed].filter(Boolean).join(": ").slice(0, 500);
  return attachSource({
    actor,
    claimId: input.claimId,
    input: {
      url: check.reviewUrl,
      stance: input.stance,
      title,
      publisher: check.publisher?.slice(0, 200) ?? undefined,
      publishedAt: check.reviewedAt ?? undefined,
    },
    archive,
    // Citing the same review twice adds nothing; the second click (or a retry) is told so.
    onceWith: "This known fact-check is already cited on this claim.",
  });
}

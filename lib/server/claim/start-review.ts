import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";

/** What a reviewer did that showed the claim is being worked on. */
export type ReviewStart = "source.attached" | "verdict.submitted" | "claim.taken";

/**
 * Moves a new claim to "in review" when a reviewer first works on it (cites, rates or takes it), in
 * the caller's transaction, with its own history entry naming the cause. Any other status is left
 * alone. The version is not bumped: this follows the work rather than editing the claim, so a form
 * opened before it stays valid (a status edit based on "new" is then a no-op or an allowed move).
 */
export async function startReview(tx: Prisma.TransactionClient, actor: Actor, claim: { id: string; articleId: string }, cause: ReviewStart): Promise<boolean> {
  const { count } = await tx.claim.updateMany({ where: { id: claim.id, status: "new" }, data: { status: "in_review" } });
  if (count === 0) return false;
  await recordActivity(tx, actor, {
    action: "claim.review_started",
    articleId: claim.articleId,
    claimId: claim.id,
    before: { status: "new" },
    after: { status: "in_review", cause },
  });
  return true;
}

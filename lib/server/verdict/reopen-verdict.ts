import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { claimFields } from "@/lib/server/claim/claim-fields";
import { findTeamClaim, findTeamClaimForWrite } from "@/lib/server/claim/find-team-claim";
import { db } from "@/lib/server/db/client";
import { AppError, staleVersion } from "@/lib/server/errors";
import type { ReopenVerdictInput } from "@/lib/validations/verdict";

/** Reopens a final verdict: the claim goes back to "in review"; the verdict is kept, marked reopened, with the reason. */
export async function reopenVerdict({ actor, claimId, input }: { actor: Actor; claimId: string; input: ReopenVerdictInput }) {
  authorize(actor, "verdict.finalize");
  return db.$transaction(async (tx) => {
    const claim = await findTeamClaimForWrite(tx, actor, claimId, claimFields);
    const final = await tx.finalVerdict.findFirst({ where: { claimId: claim.id, reopenedAt: null }, include: { level: true } });
    if (claim.status !== "final" || !final) throw new AppError("CONFLICT", "This claim has no final verdict to reopen.");
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: input.claimVersion, status: "final" },
      data: { status: "in_review", version: { increment: 1 }, touchedAt: new Date() },
    });
    if (count === 0) throw await staleVersion("This claim", () => findTeamClaim(tx, actor, claimId, claimFields));
    await tx.finalVerdict.update({
      where: { id: final.id },
      data: { reopenedAt: new Date(), reopenedById: actor.userId, reopenReason: input.reason },
    });
    await recordActivity(tx, actor, {
      action: "verdict.reopened",
      articleId: claim.articleId,
      claimId: claim.id,
      before: { status: "final", level: final.level.key },
      after: { status: "in_review", reason: input.reason },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimFields });
  });
}

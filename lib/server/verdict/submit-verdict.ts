import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { findTeamClaimForWrite } from "@/lib/server/claim/find-team-claim";
import { lockClaim } from "@/lib/server/claim/frozen-claim";
import { startReview } from "@/lib/server/claim/start-review";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { SubmitVerdictInput } from "@/lib/validations/verdict";
import { findCurrentLevel } from "./find-level";
import { verdictFields } from "./verdict-fields";
import { mergedClaim } from "@/lib/server/claim/frozen-claim";

/** The acting reviewer's own verdict on a claim: given once, then updated in place (history keeps each). */
export async function submitVerdict({ actor, claimId, input }: { actor: Actor; claimId: string; input: SubmitVerdictInput }) {
  authorize(actor, "verdict.submit");
  return db.$transaction(async (tx) => {
    const claim = await findTeamClaimForWrite(tx, actor, claimId, { id: true, articleId: true, mergedIntoId: true });
    // A claim merged away is kept for its history only (re-probe of stop 33: a verdict could still be given on it).
    if (claim.mergedIntoId) throw mergedClaim();
    // Verdicts on one claim are given one at a time: a reviewer's simultaneous first verdicts would
    // otherwise both insert and one would hit the unique index. After the lock, `previous` is current.
    await lockClaim(tx, claim.id);
    // An excluded claim is not reviewed, as for the final verdict; read after the lock, so an exclusion that
    // commits first is seen (hostile probe of stop 37: a reviewer's verdict was accepted on an excluded claim).
    const { status } = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true } });
    if (status === "excluded") throw new AppError("CONFLICT", "This claim is excluded; include it again before giving it a verdict.");
    const level = await findCurrentLevel(tx, actor.teamId, input.level);
    const where = { claimId_reviewerId: { claimId: claim.id, reviewerId: actor.userId } };
    const previous = await tx.verdict.findUnique({ where, select: { levelId: true, rationale: true, confidence: true, level: { select: { key: true } } } });
    // The same verdict again (a retry, a double click) changes nothing and adds no history.
    if (previous && previous.levelId === level.id && previous.confidence === input.confidence && previous.rationale === input.rationale) {
      return tx.verdict.findUniqueOrThrow({ where, select: verdictFields });
    }
    const data = { levelId: level.id, rationale: input.rationale, confidence: input.confidence };
    const verdict = await tx.verdict.upsert({
      where,
      create: { claimId: claim.id, reviewerId: actor.userId, ...data },
      update: data,
      select: verdictFields,
    });
    await tx.claim.update({ where: { id: claim.id }, data: { touchedAt: new Date() } });
    await recordActivity(tx, actor, {
      action: previous ? "verdict.updated" : "verdict.submitted",
      articleId: claim.articleId,
      claimId: claim.id,
      before: previous ? { level: previous.level.key, confidence: previous.confidence, rationale: previous.rationale } : null,
      after: { level: level.key, confidence: input.confidence, rationale: input.rationale },
    });
    if (!previous) await startReview(tx, actor, claim, "verdict.submitted");
    return verdict;
  });
}

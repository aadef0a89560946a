import { finalVerdictLabels } from "@/lib/domain/claim-model/decisions";
import { recordActivity } from "@/lib/server/activity/record-activity";
import { afterDecisions, recordDecisions } from "@/lib/server/claim-model/record-decisions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { findTeamClaim, findTeamClaimForWrite } from "@/lib/server/claim/find-team-claim";
import { claimFields } from "@/lib/server/claim/claim-fields";
import { lockClaim } from "@/lib/server/claim/frozen-claim";
import { db, type Prisma } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { AppError, staleVersion } from "@/lib/server/errors";
import { teamSettings } from "@/lib/validations/team";
import type { FinalizeVerdictInput } from "@/lib/validations/verdict";
import { findCurrentLevel } from "./find-level";
import { finalVerdictFields } from "./verdict-fields";
import { mergedClaim } from "@/lib/server/claim/frozen-claim";

const alreadyFinal = () => new AppError("CONFLICT", "This claim already has a final verdict. Reopen it first to decide again.");

/**
 * An editor's final verdict: needs the team's minimum of cited sources, moves the claim to "final"
 * and is recorded. The claim's version check and a partial unique index (one current final verdict
 * per claim) make two simultaneous finalisations end with exactly one.
 */
export async function finalizeVerdict({ actor, claimId, input }: { actor: Actor; claimId: string; input: FinalizeVerdictInput }) {
  authorize(actor, "verdict.finalize");
  try {
    const result = await db.$transaction(async (tx) => {
      const claim = await findTeamClaimForWrite(tx, actor, claimId, { ...claimFields, language: true, team: { select: { settings: true } } });
      // Citations change under the same row lock, so the sources counted are the ones finalised on.
      await lockClaim(tx, claim.id);
      if (claim.status === "final") throw alreadyFinal();
      // An excluded claim is not reviewed: an editor includes it again first (walk of stop 33 found the forms open on it).
      if (claim.mergedIntoId) throw mergedClaim();
      if (claim.status === "excluded") throw new AppError("CONFLICT", "This claim is excluded; include it again before giving it a final verdict.");
      const { minSourcesForFinal } = teamSettings.parse(claim.team.settings);
      const cited = await countDistinctSources(tx, claim.id);
      if (cited < minSourcesForFinal) {
        throw new AppError(
          "CONFLICT",
          `A final verdict needs at least ${minSourcesForFinal} cited source${minSourcesForFinal === 1 ? "" : "s"} (different pages; citing one page again does not count); this claim cites ${cited}. Attach sources first.`,
        );
      }
      const level = await findCurrentLevel(tx, actor.teamId, input.level);
      const { count } = await tx.claim.updateMany({
        where: { id: claim.id, version: input.claimVersion, status: { not: "final" } },
        data: { status: "final", version: { increment: 1 }, touchedAt: new Date() },
      });
      if (count === 0) throw await staleVersion("This claim", () => findTeamClaim(tx, actor, claimId, claimFields));
      const final = await tx.finalVerdict.create({
        data: { claimId: claim.id, levelId: level.id, rationale: input.rationale, ratedText: claim.normalizedText ?? claim.text, decidedById: actor.userId },
        select: finalVerdictFields,
      });
      await recordActivity(tx, actor, {
        action: "verdict.finalized",
        articleId: claim.articleId,
        claimId: claim.id,
        before: { status: claim.status },
        after: { status: "final", level: level.key, rationale: input.rationale },
      });
      // A verdict means the desk found the sentence worth checking: the team's model learns that.
      const taught = await recordDecisions(tx, actor, claim, finalVerdictLabels());
      return { final, taught };
    });
    afterDecisions(actor.teamId, [result.taught]);
    return result.final;
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyFinal();
    throw error;
  }
}

/** Sources, not citations: the same page cited eight times is one source (attachSource reuses it per normalised URL). */
async function countDistinctSources(tx: Prisma.TransactionClient, claimId: string): Promise<number> {
  const sources = await tx.citation.findMany({ where: { claimId, removedAt: null }, distinct: ["sourceId"], select: { sourceId: true } });
  return sources.length;
}

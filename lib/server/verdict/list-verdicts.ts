import { othersVerdictsHidden } from "@/lib/domain/workflow/blind-review";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { teamSettings } from "@/lib/validations/team";
import { finalVerdictFields, verdictFields } from "./verdict-fields";

/**
 * Reviewers' verdicts and the final verdict (current and reopened ones) of a claim. Where blind review
 * hides the others' verdicts (othersVerdictsHidden), the reader sees only how many there are.
 */
export async function listVerdicts({ actor, claimId }: { actor: Actor; claimId: string }) {
  authorize(actor, "article.read");
  // The team's settings, found only if the claim is the team's (one query; a nested select of the
  // claim's team took two), before any verdict is read.
  const team = isUuid(claimId)
    ? await db.team.findFirst({ where: { id: actor.teamId, claims: { some: { id: claimId } } }, select: { settings: true } })
    : null;
  if (!team) throw notFound("The claim");
  const [verdicts, finals] = await Promise.all([
    db.verdict.findMany({ where: { claimId }, orderBy: { submittedAt: "asc" }, select: verdictFields }),
    db.finalVerdict.findMany({ where: { claimId }, orderBy: { decidedAt: "desc" }, select: finalVerdictFields }),
  ]);
  const own = verdicts.find((verdict) => verdict.reviewer.id === actor.userId) ?? null;
  const final = finals.find((candidate) => candidate.reopenedAt === null) ?? null;
  const blind = othersVerdictsHidden({
    blindReview: teamSettings.parse(team.settings).blindReview,
    role: actor.role,
    hasOwnVerdict: own !== null,
    hasFinalVerdict: final !== null,
  });
  return {
    own,
    others: blind ? [] : verdicts.filter((verdict) => verdict !== own),
    hiddenCount: blind ? verdicts.length : 0,
    final,
    reopened: finals.filter((final) => final.reopenedAt !== null),
  };
}

export type ClaimVerdicts = Awaited<ReturnType<typeof listVerdicts>>;

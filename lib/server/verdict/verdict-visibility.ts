import { othersVerdictsHidden } from "@/lib/domain/workflow/blind-review";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";
import { teamSettings } from "@/lib/validations/team";

/** The team's blind review setting as the actor's team has it now. */
export async function teamBlindReview(tx: Prisma.TransactionClient, teamId: string): Promise<boolean> {
  const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { settings: true } });
  return teamSettings.parse(team.settings).blindReview;
}

/**
 * Of the given claims, those whose other reviewers' verdicts the actor may not read now
 * (othersVerdictsHidden decides; this only gathers its facts for many claims at once).
 */
export async function claimsWithHiddenVerdicts(tx: Prisma.TransactionClient, actor: Actor, claimIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return new Set();
  const blindReview = await teamBlindReview(tx, actor.teamId);
  // The rule only ever hides less when a reader has rated or a final verdict exists: if it hides
  // nothing without them, no claim needs looking at.
  if (!othersVerdictsHidden({ blindReview, role: actor.role, hasOwnVerdict: false, hasFinalVerdict: false })) return new Set();
  const [own, finals] = await Promise.all([
    tx.verdict.findMany({ where: { claimId: { in: ids }, reviewerId: actor.userId }, select: { claimId: true } }),
    tx.finalVerdict.findMany({ where: { claimId: { in: ids }, reopenedAt: null }, select: { claimId: true } }),
  ]);
  const rated = new Set(own.map((row) => row.claimId));
  const decided = new Set(finals.map((row) => row.claimId));
  return new Set(
    ids.filter((id) => othersVerdictsHidden({ blindReview, role: actor.role, hasOwnVerdict: rated.has(id), hasFinalVerdict: decided.has(id) })),
  );
}

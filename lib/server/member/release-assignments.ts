import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";

/**
 * A member disabled or made a viewer can no longer review: the open claims assigned to them go back to
 * nobody, each with a history entry, in the caller's transaction. Left assigned, they showed as someone's
 * work in search and queues while that person was gone from the team's people (probe of stop 34).
 * Claims with a final verdict keep who reviewed them.
 */
export async function releaseAssignments(tx: Prisma.TransactionClient, actor: Actor, userId: string, cause: "member.disabled" | "member.demoted"): Promise<number> {
  const claims = await tx.claim.findMany({ where: { teamId: actor.teamId, assigneeId: userId, status: { not: "final" } }, select: { id: true, articleId: true } });
  if (claims.length === 0) return 0;
  await tx.claim.updateMany({ where: { id: { in: claims.map((claim) => claim.id) } }, data: { assigneeId: null, version: { increment: 1 }, touchedAt: new Date() } });
  for (const claim of claims) {
    await recordActivity(tx, actor, { action: "claim.updated", articleId: claim.articleId, claimId: claim.id, before: { assigneeId: userId }, after: { assigneeId: null, cause } });
  }
  return claims.length;
}

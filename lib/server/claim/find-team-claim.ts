import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";

/** A claim of the actor's team, or "not found" (also for another team's id). */
export async function findTeamClaim<S extends Prisma.ClaimSelect>(tx: Prisma.TransactionClient, actor: Actor, id: string, select: S) {
  const claim = isUuid(id) ? await tx.claim.findFirst({ where: { id, teamId: actor.teamId }, select }) : null;
  if (!claim) throw notFound("The claim");
  return claim;
}

/**
 * findTeamClaim for a change to the claim or its review work (comments, sources, verdicts), after a share
 * lock on its article's row. A text edit updates that row first, so the two wait for each other: the edit
 * sees every comment or verdict that came before it, and a change after it finds the claim as the edit
 * left it (deleted: not found; moved: a newer version). Without it, a comment or a final verdict sent
 * during an edit was lost (500), left on stale offsets, or moved onto words nobody rated (probe of stop 29).
 */
export async function findTeamClaimForWrite<S extends Prisma.ClaimSelect>(tx: Prisma.TransactionClient, actor: Actor, id: string, select: S) {
  if (isUuid(id)) await tx.$queryRaw`SELECT a.id FROM "Article" a JOIN "Claim" c ON c."articleId" = a.id WHERE c.id = ${id}::uuid AND c."teamId" = ${actor.teamId}::uuid FOR SHARE OF a`;
  return findTeamClaim(tx, actor, id, select);
}

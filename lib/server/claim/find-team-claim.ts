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

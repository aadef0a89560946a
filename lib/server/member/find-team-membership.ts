import type { Actor } from "@/lib/server/auth/actor";
import { notFound } from "@/lib/server/errors";
import type { Prisma } from "@/lib/server/db/client";

type Tx = Prisma.TransactionClient;

/** A membership of the actor's own team; any other id is "not found". */
export async function findTeamMembership(tx: Tx, actor: Actor, membershipId: string) {
  const membership = await tx.membership.findFirst({ where: { id: membershipId, teamId: actor.teamId } });
  if (!membership) throw notFound("The member");
  return membership;
}

/** How many enabled admins the team would have left; a team must never lose its last one. */
export async function countOtherActiveAdmins(tx: Tx, teamId: string, exceptMembershipId: string) {
  return tx.membership.count({
    where: { teamId, role: "admin", disabledAt: null, id: { not: exceptMembershipId } },
  });
}

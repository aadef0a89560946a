import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { AppError, notFound } from "@/lib/server/errors";
import type { Prisma } from "@/lib/server/db/client";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

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

/**
 * Serializes changes to the team's members (a lock on the team row) and checks the actor again inside
 * them: two admins who demoted or disabled each other at the same moment both passed the last-admin
 * check and left the team without an admin (probe of stop 30). After the lock, the second sees the first's
 * change: it acts as a viewer now (403), or would remove the last admin (409).
 */
export async function lockTeamMembership(tx: Tx, actor: Actor, membershipId: string) {
  // NO KEY UPDATE: member changes still take turns, but a claim assignment waiting on the member it names can still
  // write its history (whose key refers to the team) instead of deadlocking with them (re-probe of stop 34).
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${actor.teamId}::uuid FOR NO KEY UPDATE`;
  // Another team's membership id is "not found" first, whoever asks.
  const membership = await findTeamMembership(tx, actor, membershipId);
  // (A token revoked meanwhile, too: the membership check below reads only the person's own role.)
  if (actor.kind === "api-token") await lockActorAccess(tx, actor);
  const own = await tx.membership.findFirst({ where: { teamId: actor.teamId, userId: actor.userId }, select: { role: true, disabledAt: true } });
  if (!own || own.disabledAt !== null) throw new AppError("FORBIDDEN", "Your membership in this team was disabled.");
  authorize({ ...actor, role: own.role }, "member.manage");
  return membership;
}

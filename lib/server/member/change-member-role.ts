import type { Role } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { endSessions } from "@/lib/server/auth/end-sessions";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { countOtherActiveAdmins, findTeamMembership } from "./find-team-membership";

export interface ChangeMemberRoleOptions {
  actor: Actor;
  input: { membershipId: string; role: Role };
}

/**
 * Takes effect on the member's next request (roles are read from the database every time); their
 * sessions end so they sign in again under the new role, and their open streams re-check at once.
 */
export async function changeMemberRole({ actor, input }: ChangeMemberRoleOptions) {
  authorize(actor, "member.manage");
  return db.$transaction(async (tx) => {
    const membership = await findTeamMembership(tx, actor, input.membershipId);
    if (membership.role === "admin" && input.role !== "admin" && membership.disabledAt === null) {
      if ((await countOtherActiveAdmins(tx, actor.teamId, membership.id)) === 0) {
        throw new AppError("CONFLICT", "The team needs at least one admin. Make someone else admin first.");
      }
    }
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    if (membership.role !== input.role) await endSessions(tx, membership.userId);
    return updated;
  });
}

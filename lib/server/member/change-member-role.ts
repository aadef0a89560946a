import type { Role } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { announceAccessChange } from "@/lib/server/live/announce-access-change";
import { countOtherActiveAdmins, lockTeamMembership } from "./find-team-membership";
import { releaseAssignments } from "./release-assignments";

export interface ChangeMemberRoleOptions {
  actor: Actor;
  input: { membershipId: string; role: Role };
}

/**
 * Takes effect on the member's next request (roles are read from the database every time) and their
 * open streams re-check at once. Their sessions go on: they may belong to other teams, and an admin of
 * one team must not be able to sign a person out of all of them (probe finding).
 */
export async function changeMemberRole({ actor, input }: ChangeMemberRoleOptions) {
  authorize(actor, "member.manage");
  return db.$transaction(async (tx) => {
    const membership = await lockTeamMembership(tx, actor, input.membershipId);
    if (membership.role === "admin" && input.role !== "admin" && membership.disabledAt === null) {
      if ((await countOtherActiveAdmins(tx, actor.teamId, membership.id)) === 0) {
        throw new AppError("CONFLICT", "The team needs at least one admin. Make someone else admin first.");
      }
    }
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    // A viewer cannot review: their open assignments go back to the team, and the admin is told how many.
    const releasedAssignments =
      input.role === "viewer" && membership.role !== "viewer" ? await releaseAssignments(tx, actor, membership.userId, "member.demoted") : 0;
    if (membership.role !== input.role) await announceAccessChange(tx, { userId: membership.userId });
    return { ...updated, releasedAssignments };
  });
}

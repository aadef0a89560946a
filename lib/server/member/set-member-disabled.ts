import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { announceAccessChange } from "@/lib/server/live/announce-access-change";
import { countOtherActiveAdmins, lockTeamMembership } from "./find-team-membership";
import { releaseAssignments } from "./release-assignments";

export interface SetMemberDisabledOptions {
  actor: Actor;
  input: { membershipId: string; disabled: boolean };
}

/**
 * Disabling keeps the member's history; their next request in this team is refused and their open
 * event streams here close at once. Their sessions in other teams go on (an admin of one team must
 * not sign a person out of every team).
 */
export async function setMemberDisabled({ actor, input }: SetMemberDisabledOptions) {
  authorize(actor, "member.manage");
  return db.$transaction(async (tx) => {
    const membership = await lockTeamMembership(tx, actor, input.membershipId);
    if (input.disabled && membership.userId === actor.userId) {
      throw new AppError("CONFLICT", "You cannot disable yourself.");
    }
    if (input.disabled && membership.role === "admin") {
      if ((await countOtherActiveAdmins(tx, actor.teamId, membership.id)) === 0) {
        throw new AppError("CONFLICT", "The team needs at least one enabled admin.");
      }
    }
    const updated = await tx.membership.update({
      where: { id: membership.id },
      data: { disabledAt: input.disabled ? (membership.disabledAt ?? new Date()) : null },
    });
    if (input.disabled && membership.disabledAt === null) {
      await releaseAssignments(tx, actor, membership.userId, "member.disabled");
      await announceAccessChange(tx, { userId: membership.userId });
    }
    return updated;
  });
}

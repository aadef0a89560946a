import type { Actor } from "@/lib/server/auth/actor";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { invitationNotFound, isPerson } from "./invitation-access";
import { joinTeam } from "./join-team";

export interface AcceptLinkedInvitationOptions {
  actor: Actor;
  input: { token: string };
}

const OTHER_ACCOUNT = "This invitation is for another address than the account you are signed in with. Sign out, then open the link again.";

/**
 * The signed-in person joins the team of an invitation whose link they hold. Both count: the link shows that the team's
 * admin handed them the invitation, the session that they hold the invited account. This is the way in for an account
 * whose address was never confirmed, which may not accept from its inbox (see answer-own-invitation.ts).
 */
export async function acceptLinkedInvitation({ actor, input }: AcceptLinkedInvitationOptions) {
  if (!isPerson(actor)) throw invitationNotFound(actor);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashSecret(input.token) }, include: { team: { select: { id: true, name: true } } } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) throw invitationNotFound(actor);
    if (invitation.userId !== actor.userId) throw new AppError("FORBIDDEN", OTHER_ACCOUNT);
    await joinTeam(tx, invitation);
    return { teamId: invitation.team.id, team: invitation.team.name, accepted: true };
  });
}

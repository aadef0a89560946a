import type { Actor } from "@/lib/server/auth/actor";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { joinTeam } from "./join-team";
import { invitationNotFound, isPerson } from "./invitation-access";

export interface AnswerOwnInvitationOptions {
  actor: Actor;
  input: { invitationId: string; accept: boolean };
}

/**
 * The signed-in person accepts (joins that one team with the invited role) or declines (the
 * invitation is gone) an invitation addressed to them; anyone else's id is "not found".
 */
export async function answerOwnInvitation({ actor, input }: AnswerOwnInvitationOptions) {
  if (!isPerson(actor)) throw invitationNotFound(actor);
  if (!isUuid(input.invitationId)) throw invitationNotFound(actor);
  return db.$transaction(async (tx) => {
    // Answers sent at once wait for each other: accepting and declining together had both "succeeded" (hostile probe
    // of stop 41). The second reads the first's outcome and finds nothing open.
    await tx.$queryRaw`SELECT id FROM "Invitation" WHERE id = ${input.invitationId}::uuid FOR UPDATE`;
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, userId: actor.userId, acceptedAt: null, expiresAt: { gt: new Date() } },
      include: { team: { select: { id: true, name: true } } },
    });
    if (!invitation) throw invitationNotFound(actor);
    if (input.accept) {
      await refuseUnconfirmedAddress(tx, actor.userId);
      await joinTeam(tx, invitation);
    } else {
      await tx.invitation.delete({ where: { id: invitation.id } });
    }
    return { teamId: invitation.team.id, team: invitation.team.name, accepted: input.accept };
  });
}

const UNCONFIRMED =
  "Your address was never confirmed, so an invitation is accepted only through its link: open the link the team's admin gave you while signed in, and join there.";

/**
 * An account whose password came through an invitation link an admin was shown may be held by that admin, not by the
 * address's owner: another team's invitation found in its inbox is not proof that it reached the person meant (hostile
 * probe of stop 45: an admin of a team of their own set up a journalist's address and later joined the journalist's
 * real desk with it). Such an account joins through the link alone (accept-linked-invitation.ts).
 */
async function refuseUnconfirmedAddress(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailConfirmedAt: true } });
  if (!user.emailConfirmedAt) throw new AppError("FORBIDDEN", UNCONFIRMED);
}

/** For routes with the id in the path: a malformed id names no invitation. */
export async function answerOwnInvitationById(actor: Actor, invitationId: string, accept: boolean) {
  if (!isUuid(invitationId)) throw invitationNotFound(actor);
  return answerOwnInvitation({ actor, input: { invitationId, accept } });
}

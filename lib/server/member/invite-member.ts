import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { hashSecret, newSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { seal } from "@/lib/server/notify/derived-key";
import { INVITATION_LINK_LABEL } from "@/lib/server/notify/mail-job";
import { mailEnabled } from "@/lib/server/notify/mailer";
import type { InviteMemberInput } from "@/lib/validations/member";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

export interface InviteMemberOptions {
  actor: Actor;
  input: InviteMemberInput;
}

const INVITATION_DAYS = 7;

/**
 * Invites a person to the actor's team. Nobody becomes a member here: the membership is created when
 * the person accepts (a new address on the link, by choosing a password; an existing account under
 * Invitations once signed in). The answer is the same whether the address has an account or not, so
 * an admin cannot probe for accounts; the link (returned once, and mailed when mail is set up) only
 * ever sets the password of an account that has none.
 */
export async function inviteMember({ actor, input }: InviteMemberOptions) {
  authorize(actor, "member.manage");
  const invited = await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    // One address at a time, in every team: invitations sent at once had created the account twice (500) and left
    // several open invitations for one person (hostile probe of stop 41).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invite:${input.email.toLowerCase()}`}, 0))`;
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      include: { memberships: { where: { teamId: actor.teamId } } },
    });
    if (existing?.memberships.length) {
      throw new AppError("CONFLICT", `${input.email} is already a member of this team.`);
    }
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name } }));
    // One open invitation per person and team: inviting again replaces the old link.
    await tx.invitation.deleteMany({ where: { teamId: actor.teamId, userId: user.id, acceptedAt: null } });
    const secret = newSecret("inv");
    const invitation = await tx.invitation.create({
      data: {
        teamId: actor.teamId,
        userId: user.id,
        role: input.role,
        name: input.name,
        tokenHash: hashSecret(secret),
        createdById: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      },
    });
    return { userId: user.id, invitationId: invitation.id, invitationPath: `/invite/${secret}` };
  });
  // After the commit; the queued job holds the link sealed, since only its hash is stored anywhere else.
  const mailed = mailEnabled();
  if (mailed) {
    // Loaded only when mail is on: the queue module is server-only.
    const { enqueueMailQuietly } = await import("@/lib/server/notify/enqueue");
    enqueueMailQuietly({ kind: "invitation", userId: invited.userId, teamId: actor.teamId, inviterId: actor.userId, sealedPath: seal(invited.invitationPath, INVITATION_LINK_LABEL) });
  }
  return { invitationId: invited.invitationId, invitationPath: invited.invitationPath, mailed };
}

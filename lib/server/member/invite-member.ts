import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { hashSecret, newSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { InviteMemberInput } from "@/lib/validations/member";

export interface InviteMemberOptions {
  actor: Actor;
  input: InviteMemberInput;
}

const INVITATION_DAYS = 7;

/**
 * Adds a person to the team. Someone new gets an account without a password and an invitation link
 * (returned once; Factdesk sends no email) on which they choose their password.
 */
export async function inviteMember({ actor, input }: InviteMemberOptions) {
  authorize(actor, "member.manage");
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      include: { memberships: { where: { teamId: actor.teamId } } },
    });
    if (existing?.memberships.length) {
      throw new AppError("CONFLICT", `${input.email} is already a member of this team.`);
    }
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name } }));
    const membership = await tx.membership.create({
      data: { teamId: actor.teamId, userId: user.id, role: input.role },
    });
    if (user.passwordHash) return { membershipId: membership.id, invitationPath: null };

    const secret = newSecret("inv");
    await tx.invitation.create({
      data: {
        teamId: actor.teamId,
        userId: user.id,
        tokenHash: hashSecret(secret),
        createdById: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      },
    });
    return { membershipId: membership.id, invitationPath: `/invite/${secret}` };
  });
}

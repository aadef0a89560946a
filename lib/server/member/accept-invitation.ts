import { hashPassword } from "@/lib/server/auth/password";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { joinTeam } from "./join-team";

export interface AcceptInvitationOptions {
  input: { token: string; password: string };
}

const GONE = "This invitation link is invalid, expired or already used. Ask a team admin for a new one.";
const HAS_ACCOUNT =
  "This address already has a Factdesk account. Sign in with it, then open this link again to accept.";

/**
 * Public: the link's secret is the credential, and it can do exactly one thing — give an account
 * that has no password yet its first password and join the invitation's team. It never changes an
 * existing password: whoever holds a stale link (or invited the address) must not take over an account.
 */
export async function acceptInvitation({ input }: AcceptInvitationOptions) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashSecret(input.token) },
      include: { user: { select: { email: true } } },
    });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) {
      throw new AppError("NOT_FOUND", GONE);
    }
    // Conditional on "no password yet", so two links (or two submissions) cannot both set one.
    const activated = await tx.user.updateMany({
      where: { id: invitation.userId, passwordHash: null },
      data: { passwordHash },
    });
    if (activated.count === 0) throw new AppError("CONFLICT", HAS_ACCOUNT);
    await joinTeam(tx, invitation);
    // Other teams' open invitations for this address stay: their links can no longer set a password
    // (the account has one now), so they wait in the person's inbox for an answer given while signed
    // in, instead of vanishing without anyone being told.
    return { email: invitation.user.email };
  });
}

import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";

/**
 * Who an invitation is for, to greet them on the page; null when it cannot be used. The name is the
 * one the inviter typed, never the account's, so the link does not show whether an account exists.
 */
export async function describeInvitation(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { user: { select: { email: true } }, team: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) return null;
  return { userId: invitation.userId, email: invitation.user.email, name: invitation.name, team: invitation.team.name };
}

import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";

/** Who an invitation is for, to greet them on the page; null when it cannot be used. */
export async function describeInvitation(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { user: { select: { email: true, name: true } }, team: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) return null;
  return { email: invitation.user.email, name: invitation.user.name, team: invitation.team.name };
}

import { hashPassword } from "@/lib/server/auth/password";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

export interface AcceptInvitationOptions {
  input: { token: string; password: string };
}

const GONE = "This invitation link is invalid, expired or already used. Ask a team admin for a new one.";

/** Public: the invitation secret is the credential. Sets the password and spends the link. */
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
    // Spend the link first and conditionally, so two submissions cannot both set a password.
    const spent = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (spent.count === 0) throw new AppError("NOT_FOUND", GONE);
    await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash } });
    return { email: invitation.user.email };
  });
}

import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { z } from "zod";
import type { changePasswordInput } from "@/lib/validations/auth";
import { endSessions } from "./end-sessions";
import { hashPassword, verifyPassword } from "./password";
import { assertSignInAllowed, recordSignInAttempt } from "./sign-in-rate-limit";

export interface ChangePasswordOptions {
  actor: Actor;
  input: z.output<typeof changePasswordInput>;
  /** The caller's network address: wrong current passwords count towards the sign-in limits. */
  ip: string;
}

/**
 * The signed-in person changes their own password, proving the current one (a stolen session alone
 * must not be enough), and every session of theirs ends, this one included. API tokens cannot.
 */
export async function changePassword({ actor, input, ip }: ChangePasswordOptions): Promise<void> {
  if (actor.kind !== "user") {
    throw new AppError("UNAUTHENTICATED", "Sign in as yourself to change your password; API tokens cannot.");
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  await assertSignInAllowed(user.email, ip);
  const valid = await verifyPassword(user.passwordHash, input.currentPassword);
  if (!valid) {
    await recordSignInAttempt(user.email, ip, false);
    throw new AppError("INVALID_INPUT", "The current password is not correct.", [
      { field: "currentPassword", message: "The current password is not correct." },
    ]);
  }
  // A new password that is the old one changes nothing, and ending every session for it would be a surprise.
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw new AppError("INVALID_INPUT", "Choose a password other than your current one.", [{ field: "newPassword", message: "Choose a password other than your current one." }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endSessions(tx, user.id);
  });
}

import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { countSignInFailure } from "@/lib/server/observability/metrics";
import { signInInput } from "@/lib/validations/auth";
import { verifyPassword } from "./password";
import { assertSignInAllowed, recordSignInAttempt } from "./sign-in-rate-limit";

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

const WRONG = "The email address or password is not correct.";

/** Checks email and password for the sign-in form; rate-limited per account and per address. */
export async function verifyCredentials(input: unknown, ip: string): Promise<VerifiedUser> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Enter an email address and a password.");
  const { email, password } = parsed.data;

  await assertSignInAllowed(email, ip).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "RATE_LIMITED") countSignInFailure("rate-limited");
    throw error;
  });
  const user = await db.user.findUnique({
    where: { email },
    include: { memberships: { where: { disabledAt: null }, select: { id: true } } },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  await recordSignInAttempt(email, ip, valid);
  if (!user || !valid) {
    countSignInFailure("credentials");
    throw new AppError("UNAUTHENTICATED", WRONG);
  }
  if (user.disabledAt || user.memberships.length === 0) {
    throw new AppError("FORBIDDEN", "This account is disabled. Ask a team admin to enable it.");
  }
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

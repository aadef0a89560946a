import { db } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

// Failed attempts live in PostgreSQL so every app instance counts the same attempts.
//
// The per-address limit stops password spraying from one address, but a newsroom signs in from one
// office address: without an exemption, 30 made-up emails from the same network would lock every
// colleague out. An account that has signed in successfully from this address recently is "known"
// there and is held only by its own per-account limit.
export const KNOWN_ADDRESS_DAYS = 30;

export async function assertSignInAllowed(email: string, ip: string, now = new Date()): Promise<void> {
  const { FACTDESK_SIGNIN_WINDOW_MINUTES: minutes } = env();
  const since = new Date(now.getTime() - minutes * 60_000);
  const [accountFailures, addressFailures] = await Promise.all([
    failuresSinceLastSuccess({ email }, since),
    failuresSinceLastSuccess({ ip }, since),
  ]);
  const addressOverLimit =
    addressFailures.count >= env().FACTDESK_SIGNIN_MAX_FAILURES_PER_ADDRESS && !(await knownAtAddress(email, ip, now));
  const tooMany =
    accountFailures.count >= env().FACTDESK_SIGNIN_MAX_FAILURES_PER_ACCOUNT
      ? accountFailures
      : addressOverLimit
        ? addressFailures
        : null;
  if (!tooMany) return;
  const retryAt = (tooMany.oldest?.getTime() ?? now.getTime()) + minutes * 60_000;
  const wait = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000));
  const who = tooMany === accountFailures ? "this account" : "your network address";
  throw new AppError(
    "RATE_LIMITED",
    `Too many failed sign-in attempts for ${who}. Try again in ${wait} minute${wait === 1 ? "" : "s"}.`,
  );
}

async function knownAtAddress(email: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 24 * 60 * 60_000);
  const success = await db.signInAttempt.findFirst({
    where: { email, ip, succeeded: true, createdAt: { gte: since } },
    select: { id: true },
  });
  return success !== null;
}

async function failuresSinceLastSuccess(where: { email: string } | { ip: string }, since: Date) {
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { ...where, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const from = lastSuccess?.createdAt ?? since;
  const failures = await db.signInAttempt.aggregate({
    where: { ...where, succeeded: false, createdAt: { gt: from } },
    _count: true,
    _min: { createdAt: true },
  });
  return { count: failures._count, oldest: failures._min.createdAt };
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { email, ip, succeeded } });
}

import { db } from "@/lib/server/db/client";
import { KNOWN_ADDRESS_DAYS } from "./sign-in-rate-limit";

/**
 * Sign-in attempts (addresses and emails, personal data) are kept only as long as the rate limit reads
 * them: the longest look-back is "signed in from this address within 30 days". Runs daily.
 */
export async function pruneSignInAttempts(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - (KNOWN_ADDRESS_DAYS + 1) * 24 * 60 * 60_000);
  const { count } = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}

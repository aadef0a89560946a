import type { Language } from "@/lib/domain/claims/types";
import { db, type Db, type Prisma } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";

/** The start of time for a team's decisions when it never reset its model. */
const EPOCH = new Date(0);

/** Decisions after this moment count toward the team's next model for the language: its last model's or its reset's. */
export async function newDecisionsSince(tx: Db | Prisma.TransactionClient, teamId: string, language: Language): Promise<Date> {
  const [latest, reset] = await Promise.all([
    tx.teamClaimModel.findFirst({ where: { teamId, language }, orderBy: { learnedUntil: "desc" }, select: { learnedUntil: true } }),
    tx.claimModelReset.findUnique({ where: { teamId_language: { teamId, language } }, select: { resetAt: true } }),
  ]);
  const times = [latest?.learnedUntil, reset?.resetAt].filter((time): time is Date => time instanceof Date);
  return times.reduce((newest, time) => (time > newest ? time : newest), EPOCH);
}

/** When the team last reset the language's model (decisions before it no longer count). */
export async function resetTime(tx: Db | Prisma.TransactionClient, teamId: string, language: Language): Promise<Date> {
  const reset = await tx.claimModelReset.findUnique({ where: { teamId_language: { teamId, language } }, select: { resetAt: true } });
  return reset?.resetAt ?? EPOCH;
}

/**
 * Whether decisions on enough claims (FACTDESK_CLAIM_MODEL_RETRAIN_AFTER) arrived since the team's last model or
 * reset for the language. Claims, not decisions: switching one claim back and forth 20 times is no reason to retrain
 * (hostile probe of stop 33: one reviewer's toggles started 82 retrainings in 85 s).
 */
export async function dueForRetraining(teamId: string, language: Language): Promise<boolean> {
  const threshold = env().FACTDESK_CLAIM_MODEL_RETRAIN_AFTER;
  return (await decidedClaimsSince(teamId, language, await newDecisionsSince(db, teamId, language), threshold)) >= threshold;
}

/** How many claims (and decisions without one) got a decision after `since`, counted up to `limit`. */
export async function decidedClaimsSince(teamId: string, language: Language, since: Date, limit = 1_000_000): Promise<number> {
  const [row] = await db.$queryRaw<{ claims: number }[]>`
    SELECT count(*)::int AS claims FROM (
      SELECT DISTINCT coalesce("claimId", id), label FROM "ClaimDecision"
        WHERE "teamId" = ${teamId}::uuid AND language = ${language}::"Language" AND "createdAt" > ${since}
        LIMIT ${limit}
    ) decided`;
  return row?.claims ?? 0;
}

/**
 * Orders a reset and the saving of a retrained version for one team and language. The reset row's lock
 * alone did not: before a team's first reset there is no row to lock, so a version trained on older
 * decisions could be saved just after the reset and survive it (hostile probe of stop 33, from the code).
 */
export async function lockTeamModel(tx: Prisma.TransactionClient, teamId: string, language: Language): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`claim-model:${teamId}:${language}`}, 0))`;
}

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

/** Whether enough decisions (FACTDESK_CLAIM_MODEL_RETRAIN_AFTER) arrived since the team's last model or reset for the language. */
export async function dueForRetraining(teamId: string, language: Language): Promise<boolean> {
  const threshold = env().FACTDESK_CLAIM_MODEL_RETRAIN_AFTER;
  const since = await newDecisionsSince(db, teamId, language);
  return (await db.claimDecision.count({ where: { teamId, language, createdAt: { gt: since } }, take: threshold })) >= threshold;
}

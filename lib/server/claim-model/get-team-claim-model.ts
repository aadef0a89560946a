import { MODEL_LANGUAGES } from "@/lib/domain/claim-model/decisions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { decidedClaimsSince, newDecisionsSince } from "./decision-window";

const modelFields = {
  label: true,
  version: true,
  trainedAt: true,
  decisionCount: true,
  agreementBefore: true,
  agreementAfter: true,
  evaluatedOn: true,
} as const;

/**
 * What the team's claim model learned from, per language: decisions counted since the last reset,
 * decisions waiting for the next retraining, and each label's current version with its agreement
 * with the team's last decisions before (shipped engine) and after (team model). Never the weights.
 */
export async function getTeamClaimModel({ actor }: { actor: Actor }) {
  authorize(actor, "claim-model.read");
  const teamId = actor.teamId;
  const languages = [];
  for (const language of MODEL_LANGUAGES) {
    // The reset row once: its time is where the counted decisions start (resetTime read it a second time).
    const [pendingSince, reset] = await Promise.all([
      newDecisionsSince(db, teamId, language),
      db.claimModelReset.findUnique({ where: { teamId_language: { teamId, language } }, select: { resetAt: true } }),
    ]);
    const since = reset?.resetAt ?? new Date(0);
    const [decisions, pendingDecisions, models] = await Promise.all([
      db.claimDecision.count({ where: { teamId, language, createdAt: { gt: since } } }),
      // Claims, as retraining counts them: one claim switched back and forth is one (re-probe of stop 33).
      decidedClaimsSince(teamId, language, pendingSince),
      db.teamClaimModel.findMany({ where: { teamId, language }, distinct: ["label"], orderBy: [{ label: "asc" }, { version: "desc" }], select: modelFields }),
    ]);
    languages.push({ language, decisions, pendingDecisions, resetAt: reset?.resetAt ?? null, models });
  }
  return { retrainAfter: env().FACTDESK_CLAIM_MODEL_RETRAIN_AFTER, languages };
}

export type TeamClaimModelSummary = Awaited<ReturnType<typeof getTeamClaimModel>>;

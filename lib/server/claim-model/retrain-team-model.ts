import { MODEL_LABELS, type DecisionLabel, type LabelledSentence } from "@/lib/domain/claim-model/decisions";
import { shippedCheckworthinessModel } from "@/lib/domain/claims/model/shipped-models";
import type { Language } from "@/lib/domain/claims/types";
import { db } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { asWorkOf } from "@/lib/server/workers/heavy-owner";
import { runHeavy } from "@/lib/server/workers/heavy-pool";
import { dueForRetraining, lockTeamModel, resetTime } from "./decision-window";
import type { RetrainJob } from "./schedule-retraining";

/** A retraining reads at most this many of the team's newest decisions, however many there are. */
export const MAX_TRAINING_DECISIONS = 5_000;
/** Agreement before and after is measured on the team's last this many decisions. */
export const AGREEMENT_WINDOW = 100;

/**
 * The job: a new version of the team's model for the language, one per label with something to learn.
 * Training runs in the worker pool at low priority, so one team's retraining never holds requests.
 */
export async function retrainTeamModel({ teamId, language }: RetrainJob): Promise<number> {
  // A job queued while the previous one ran may find its decisions already learned: the threshold
  // counts from the newest model, so it trains only when that many decisions are new.
  if (!(await dueForRetraining(teamId, language))) return 0;
  const since = await resetTime(db, teamId, language);
  const decisions = await latestDecisions(teamId, language, since);
  if (decisions.length === 0) return 0;
  // The newest decision is always its claim's latest, so it heads the list.
  const learnedUntil = decisions[0]!.createdAt;
  let trained = 0;
  for (const label of MODEL_LABELS) {
    const labelled: LabelledSentence[] = decisions.filter((d) => d.label === label).map(({ sentence, positive }) => ({ sentence, positive }));
    if (!worthLearning(labelled, language, label)) continue;
    const result = await asWorkOf(teamId, () =>
      runHeavy("teamModel", { language, label, decisions: labelled, evaluation: labelled.slice(0, AGREEMENT_WINDOW) }, "Retraining the team's claim model took too long."),
    );
    if (!result) continue;
    const saved = await saveVersion({ teamId, language, label, since, learnedUntil, decisionCount: labelled.length, ...result });
    if (saved) trained++;
  }
  return trained;
}

/**
 * Each claim's latest decision per label (a decision without a claim counts alone), the newest
 * MAX_TRAINING_DECISIONS of them. One per claim first, then the window: a reviewer switching one claim on
 * and off thousands of times had filled the window with that claim and pushed the desk's other work out
 * (hostile probe of stop 33: a model trained on one sentence).
 */
async function latestDecisions(teamId: string, language: Language, since: Date) {
  return db.$queryRaw<{ label: DecisionLabel; positive: boolean; sentence: string; createdAt: Date }[]>`
    SELECT label::text AS label, positive, sentence, "createdAt" FROM (
      SELECT DISTINCT ON (coalesce("claimId", id), label) id, label, positive, sentence, "createdAt"
        FROM "ClaimDecision"
        WHERE "teamId" = ${teamId}::uuid AND language = ${language}::"Language" AND "createdAt" > ${since}
        ORDER BY coalesce("claimId", id), label, "createdAt" DESC, id DESC
    ) latest
    ORDER BY "createdAt" DESC, id DESC
    LIMIT ${MAX_TRAINING_DECISIONS}`;
}

/** From the shipped weights any decision adjusts; on the rules a model needs both answers (one alone only moves its bias). */
function worthLearning(labelled: LabelledSentence[], language: Language, label: DecisionLabel): boolean {
  if (labelled.length === 0) return false;
  if (label === "checkworthy" && shippedCheckworthinessModel(language)) return true;
  return labelled.some((d) => d.positive) && labelled.some((d) => !d.positive);
}

interface NewVersion {
  teamId: string;
  language: Language;
  label: DecisionLabel;
  /** The reset this training started from: a reset while it trained makes its result void. */
  since: Date;
  learnedUntil: Date;
  decisionCount: number;
  file: object;
  agreementBefore: number;
  agreementAfter: number;
}

async function saveVersion(model: NewVersion): Promise<boolean> {
  const { teamId, language, label } = model;
  try {
    return await db.$transaction(async (tx) => {
      // Ordered against a reset running at the same moment: whichever commits second sees the other.
      await lockTeamModel(tx, teamId, language);
      const reset = await tx.$queryRaw<{ resetAt: Date; lastVersion: number }[]>`
        SELECT "resetAt", "lastVersion" FROM "ClaimModelReset" WHERE "teamId" = ${teamId}::uuid AND language = ${language}::"Language"`;
      if ((reset[0]?.resetAt.getTime() ?? 0) !== model.since.getTime()) return false;
      const latest = await tx.teamClaimModel.findFirst({ where: { teamId, language, label }, orderBy: { version: "desc" }, select: { version: true } });
      const version = Math.max(latest?.version ?? 0, reset[0]?.lastVersion ?? 0) + 1;
      await tx.teamClaimModel.create({
        data: {
          teamId,
          language,
          label,
          version,
          decisionCount: model.decisionCount,
          learnedUntil: model.learnedUntil,
          agreementBefore: model.agreementBefore,
          agreementAfter: model.agreementAfter,
          evaluatedOn: Math.min(model.decisionCount, AGREEMENT_WINDOW),
          weights: model.file,
        },
      });
      return true;
    });
  } catch (error) {
    // Two instances finished the same retraining: the first one's version stands.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

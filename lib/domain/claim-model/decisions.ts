// Which reviewer actions teach the team's claim model, and what. Plain data: the services record what
// this returns in the action's own transaction.

export type DecisionLabel = "checkworthy" | "subjective";
export type DecisionKind = "checkworthy_on" | "checkworthy_off" | "promoted" | "added" | "excluded" | "final_verdict";
export type ExclusionReason = "not_checkworthy" | "duplicate" | "not_a_claim" | "other";

export const EXCLUSION_REASONS = ["not_checkworthy", "duplicate", "not_a_claim", "other"] as const satisfies readonly ExclusionReason[];

export interface DecisionLabelRow {
  label: DecisionLabel;
  positive: boolean;
  kind: DecisionKind;
}

/** Switching check-worthiness; switching an opinion on promotes it to a claim (so it is also not subjective). */
export function checkworthySwitchLabels(on: boolean, kind: string): DecisionLabelRow[] {
  if (!on) return [{ label: "checkworthy", positive: false, kind: "checkworthy_off" }];
  if (kind === "opinion") {
    return [
      { label: "checkworthy", positive: true, kind: "promoted" },
      { label: "subjective", positive: false, kind: "promoted" },
    ];
  }
  return [{ label: "checkworthy", positive: true, kind: "checkworthy_on" }];
}

/** A duplicate or "other" says nothing about the sentence itself, so only two reasons are labels. */
export function exclusionLabels(reason: ExclusionReason): DecisionLabelRow[] {
  if (reason === "not_checkworthy" || reason === "not_a_claim") return [{ label: "checkworthy", positive: false, kind: "excluded" }];
  return [];
}

export const addedClaimLabels = (): DecisionLabelRow[] => [{ label: "checkworthy", positive: true, kind: "added" }];
export const finalVerdictLabels = (): DecisionLabelRow[] => [{ label: "checkworthy", positive: true, kind: "final_verdict" }];

export interface LabelledSentence {
  sentence: string;
  positive: boolean;
}

/** Share of labelled sentences a predictor agrees with (0 when there are none). */
export function agreement(sentences: LabelledSentence[], predict: (sentence: string) => boolean): number {
  if (sentences.length === 0) return 0;
  let agreed = 0;
  for (const { sentence, positive } of sentences) if (predict(sentence) === positive) agreed++;
  return agreed / sentences.length;
}

export const MODEL_LANGUAGES = ["de", "en"] as const;
export const MODEL_LABELS = ["checkworthy", "subjective"] as const satisfies readonly DecisionLabel[];

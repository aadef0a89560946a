import { classifySentence } from "../claims/extract";
import { decodeModel, encodeModel, type LinearModel, type ModelFile } from "../claims/model/linear-model";
import { learnTeamModel } from "../claims/model/team-model";
import { agreement, type DecisionLabel, type LabelledSentence } from "./decisions";

export interface TeamModelTraining {
  language: "de" | "en";
  label: DecisionLabel;
  /** What the model learns from (newest first, one per claim and label). */
  decisions: LabelledSentence[];
  /** The team's last (up to 100) decisions, on which the engine is scored before and after. */
  evaluation: LabelledSentence[];
}

export interface TrainedTeamModel {
  file: ModelFile;
  agreementBefore: number;
  agreementAfter: number;
}

/**
 * A team's model for one language and label, with its agreement before (the shipped engine) and after.
 * "After" is measured with the encoded weights, since those are what imports will use.
 */
export function trainTeamModel({ language, label, decisions, evaluation }: TeamModelTraining): TrainedTeamModel | null {
  const learned = learnTeamModel(decisions, language, label);
  if (!learned) return null;
  const file = encodeModel(learned);
  const model = decodeModel(file);
  return {
    file,
    agreementBefore: agreement(evaluation, (sentence) => predicts(sentence, language, label, undefined)),
    agreementAfter: agreement(evaluation, (sentence) => predicts(sentence, language, label, model)),
  };
}

function predicts(sentence: string, language: "de" | "en", label: DecisionLabel, model: LinearModel | undefined): boolean {
  if (label === "checkworthy") return classifySentence(sentence, { language, model }).checkworthy;
  return classifySentence(sentence, { language, subjectivityModel: model }).subjective;
}

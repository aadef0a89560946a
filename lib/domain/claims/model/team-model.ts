import { analyseSentence } from "../extract";
import { sentenceFeatures } from "./features";
import { fitModel } from "./fit";
import type { LinearModel } from "./linear-model";
import { shippedCheckworthinessModel } from "./shipped-models";

// What a team's decisions teach: labelled sentences (a reviewer switched check-worthy on or off,
// kept or excluded a claim) retrain the model the team uses. For check-worthiness in English the
// shipped weights are the start and the penalty pulls toward them, so a hundred decisions adjust the
// model rather than replace it; German and subjectivity start from zero (no licensed data ships).

export interface Decision {
  sentence: string;
  positive: boolean;
}

export type Label = "checkworthy" | "subjective";

// Fine-tuning takes small steps (the shipped weights are already good); learning from zero takes larger ones.
const FROM_BASE = { epochs: 3, learningRate: 0.01, seeds: 1, l2: 1e-2 };
const FROM_ZERO = { epochs: 8, learningRate: 0.2, seeds: 1, l2: 1e-4 };

export function learnTeamModel(decisions: Decision[], language: "de" | "en", label: Label): LinearModel | null {
  if (decisions.length === 0) return null;
  const examples = decisions.map((decision) => ({ features: sentenceFeatures(analyseSentence(decision.sentence)), positive: decision.positive }));
  const base = label === "checkworthy" ? shippedCheckworthinessModel(language) : null;
  const recipe = base ? FROM_BASE : FROM_ZERO;
  return fitModel(examples, recipe, { language, label }, base ?? undefined);
}

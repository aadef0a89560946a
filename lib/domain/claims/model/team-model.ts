import { analyseSentence } from "../extract";
import { sentenceFeatures } from "./features";
import { bestThreshold, fitModel } from "./fit";
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

// Fine-tuning takes small steps anchored to the shipped weights: every decision is one more step, so
// the team's influence grows with the number of its decisions. Learning from zero takes larger steps.
// AdaGrad's first step on a weight is the full learning rate whatever the gradient; starting its sums at
// 0.1 (the common default, e.g. Keras's) makes a step follow the error, so a decision the shipped model
// already gets right moves its weights little instead of by 0.05 each.
const FROM_BASE = { epochs: 3, learningRate: 0.05, seeds: 1, l2: 1e-3, initialAccumulator: 0.1 };
// From zero: three shuffles averaged, as the shipped model is (steadier with a few hundred decisions).
const FROM_ZERO = { epochs: 8, learningRate: 0.1, seeds: 3, l2: 1e-4 };
/**
 * How many decisions the shipped threshold counts as. A team's articles hold their own share of
 * check-worthy sentences (a debate transcript fewer than a business report), which moves the best
 * threshold most of all; the team's own best threshold weighs in as its decisions outnumber this.
 */
const THRESHOLD_PRIOR = 50;

export function learnTeamModel(decisions: Decision[], language: "de" | "en", label: Label): LinearModel | null {
  if (decisions.length === 0) return null;
  const examples = decisions.map((decision) => ({ features: sentenceFeatures(analyseSentence(decision.sentence, language)), positive: decision.positive }));
  const base = label === "checkworthy" ? shippedCheckworthinessModel(language) : null;
  if (!base) return fitModel(examples, FROM_ZERO, { language, label });
  const model = fitModel(examples, FROM_BASE, { language, label }, base);
  // The threshold is read off the shipped model's scores of the decisions, which it has not learned
  // from (the fine-tuned model would flatter its own training sentences).
  const own = bestThreshold(base, examples).threshold;
  const n = examples.length;
  model.threshold = Math.round(((THRESHOLD_PRIOR * base.threshold + n * own) / (THRESHOLD_PRIOR + n)) * 100) / 100;
  return model;
}

import { classifyUnit } from "../classify-unit";
import { analyseSentence } from "../extract";
import { DIMENSIONS } from "./hashing";
import { namedSignalSlot, sentenceFeatures, type SentenceAnalysis } from "./features";
import { fitModel } from "./fit";
import type { LinearModel } from "./linear-model";
import { checkworthinessVerdict, subjectivityVerdict } from "./score-unit";
import { shippedCheckworthinessModel } from "./shipped-models";

// What a team's decisions teach: labelled sentences (a reviewer switched check-worthy on or off,
// kept or excluded a claim) retrain the model the team uses. Every team model starts from what the
// engine already does and is pulled back toward it, so a hundred decisions adjust the engine rather
// than replace it: English check-worthiness starts from the shipped weights; German check-worthiness
// and subjectivity (no licensed data ships) start from the rules, whose verdict is one of the
// model's signals ("stacked" on them, LinearModel.prior).

export interface Decision {
  sentence: string;
  positive: boolean;
}

export type Label = "checkworthy" | "subjective";

// Fine-tuning takes small steps anchored to where it starts: every decision is one more step, so the
// team's influence grows with the number of its decisions. AdaGrad's first step on a weight is the
// full learning rate whatever the gradient; starting its sums at 0.1 (the common default, e.g.
// Keras's) makes a step follow the error, so a decision the engine already gets right moves little.
const FROM_BASE = { epochs: 3, learningRate: 0.05, seeds: 1, l2: 1e-3, initialAccumulator: 0.1 };
// From the rules every word weight starts at zero, so steps are larger, over three shuffles averaged
// (as the shipped model is). Replayed on the subjectivity training splits, 100, 300 and 800 decisions
// each scored better than the rules alone on the dev splits, in German and in English (eval:claims).
const FROM_RULES = { epochs: 3, learningRate: 0.1, seeds: 3, l2: 1e-3, initialAccumulator: 0.1 };
/** The stacked start's log-odds for an opinion the rules hear (+1) and for one they do not (−1). */
const RULES_OPINION_LOGIT = 1;

/**
 * `fromRules` starts English check-worthiness from the rules too, as German starts: the evaluation
 * shows the German path on the English labels it has (there are no licensed German ones).
 */
export function learnTeamModel(decisions: Decision[], language: "de" | "en", label: Label, { fromRules = false } = {}): LinearModel | null {
  if (decisions.length === 0) return null;
  const base = label === "checkworthy" && !fromRules ? shippedCheckworthinessModel(language) : null;
  const analyses = decisions.map((decision) => analyseSentence(decision.sentence, language));
  if (base) {
    // The shipped threshold stays: training weighs both classes equally, so 0.5 is where check-worthy
    // and not are equally likely whatever share of check-worthy sentences a team's articles hold.
    // (Moving it toward the best threshold on the team's decisions made every replay curve fall.)
    const examples = analyses.map((analysis, i) => ({ features: sentenceFeatures(analysis), positive: decisions[i]!.positive }));
    return fitModel(examples, FROM_BASE, { language, label }, base);
  }
  const stacked = analyses.map((analysis) => withRulesVerdict(analysis, label, language));
  const examples = stacked.map((analysis, i) => ({ features: sentenceFeatures(analysis), positive: decisions[i]!.positive }));
  return fitModel(examples, FROM_RULES, { language, label, prior: "rules" }, rulesStart(language, label));
}

/** The sentence as a model stacked on the rules reads it, with what the rules say of it (as score-unit gives it). */
function withRulesVerdict(analysis: SentenceAnalysis, label: Label, language: "de" | "en"): SentenceAnalysis {
  const rules = classifyUnit(analysis, false, language);
  const verdict = label === "checkworthy" ? checkworthinessVerdict(rules) : subjectivityVerdict(rules);
  return verdict ? { ...analysis, rules: verdict } : analysis;
}

/** A model that says what the rules say, at its threshold 0.5: every other weight zero. */
function rulesStart(language: "de" | "en", label: Label): LinearModel {
  const weights = new Float32Array(DIMENSIONS);
  const opinion = label === "subjective";
  weights[namedSignalSlot("rules")] = opinion ? 2 * RULES_OPINION_LOGIT : 1;
  return { language, label, bias: opinion ? -RULES_OPINION_LOGIT : 0, weights, threshold: 0.5, prior: "rules" };
}

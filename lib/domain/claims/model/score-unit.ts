import { CHECKWORTHY_AT, type Classification } from "../classify-unit";
import { fastScore, scoreWithReasons } from "./fast-score";
import type { RulesVerdict, SentenceAnalysis } from "./features";
import { withDirection, type LinearModel } from "./linear-model";

// The learned check-worthiness replaces the rules' score where a model exists; the rules keep what
// no licensed data can teach: boilerplate, subjectivity (opinion) and the unit's kind.

/** A team's subjectivity model decides `subjective` (and an opinion's kind); check-worthiness stays. */
export function withSubjectivityModel(analysis: SentenceAnalysis, current: Classification, model: LinearModel): Classification {
  if (current.kind === "boilerplate") return current;
  const scored = fastScore(model, stackedOn(model, analysis, subjectivityVerdict(current)), 2);
  const subjective = scored.probability >= model.threshold;
  const kind = subjective && current.kind === "claim" && !current.checkworthy ? "opinion" : !subjective && current.kind === "opinion" ? "claim" : current.kind;
  const reasons = [...current.reasons, ...scored.contributions.map((c) => `${withDirection(c).replace(/[↑↓]$/, "")}${c.weight > 0 ? "(subjective)" : "(objective)"}`)];
  return { ...current, kind, subjective, reasons };
}

/** The analysis as `model` reads it: with the rules' verdict when it is stacked on the rules. */
function stackedOn(model: LinearModel, analysis: SentenceAnalysis, rules: RulesVerdict | undefined): SentenceAnalysis {
  return model.prior === "rules" && rules ? { ...analysis, rules } : analysis;
}

const logit = (p: number) => Math.log(p / (1 - p));

/** The rules' check-worthiness as log-odds around their own threshold (0 at their 20 %; from about −3.2 to 6). */
export function checkworthinessVerdict(rules: Classification): RulesVerdict {
  const score = Math.min(0.99, Math.max(0.01, rules.checkworthiness));
  return { evidence: `${Math.round(rules.checkworthiness * 100)}%`, value: logit(score) - logit(CHECKWORTHY_AT) };
}

/** The rules hearing an opinion: a signal of 1; none when they do not. */
export function subjectivityVerdict(rules: Classification): RulesVerdict | undefined {
  return rules.subjective ? { evidence: "opinion", value: 1 } : undefined;
}

const OTHER_AT_MOST = 0.1;

export function withModel(analysis: SentenceAnalysis, rules: Classification, model: LinearModel): Classification {
  if (rules.kind === "boilerplate") return rules;
  const reasons: string[] = [];
  let p = scoreWithReasons(model, stackedOn(model, analysis, checkworthinessVerdict(rules)), reasons);
  // A fragment or a heading ("Pensions", "CARBON BORDER TAX") states nothing to check, whatever its words weigh.
  if (rules.kind === "other") p = Math.min(p, OTHER_AT_MOST);
  const checkworthy = p >= model.threshold && rules.kind !== "other";
  // The rules were asked for no factual reasons (classifyUnit's `explain`): what they give is theirs
  // alone to say (opinion words, quotation), kept beside the model's.
  for (const reason of rules.reasons) reasons.push(reason);
  // A sentence the model finds check-worthy is a claim even if the rules heard opinion words in it; it
  // is still written subjectively ("The disastrous policy cost 3,000 jobs"): whether a sentence is an
  // opinion and whether it holds something to check are two questions.
  const kind = rules.kind === "opinion" && checkworthy ? "claim" : rules.kind;
  return { kind, checkworthiness: Math.round(p * 100) / 100, checkworthy, subjective: rules.subjective, reasons };
}

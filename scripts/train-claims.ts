// `npm run train:claims`: trains the English check-worthiness model from the ClaimBuster sentences in
// scripts/data/claimbuster/ and writes lib/domain/claims/model/checkworthiness-en.json and its model
// card. Deterministic: fixed seeds, fixed folds, fixed order, no clock; two runs write the same bytes.
// The L2 penalty is chosen by 5-fold cross-validation on ClaimBuster train + dev (one-standard-error rule), and the shipped
// weights are trained on both; nothing here reads ../shared/eval.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { SIGNAL_VALUE } from "@/lib/domain/claims/model/features";
import { crossValidated, f1At, fitModel, fitModelsAtEpochs, SHIPPED_RECIPE, SHIPPED_THRESHOLD, type Scored } from "@/lib/domain/claims/model/fit";
import { encodeModel, probability } from "@/lib/domain/claims/model/linear-model";
import { trainingInput, trainingInputDigest } from "./lib/training-input";

const modelDir = path.resolve(import.meta.dirname, "..", "lib", "domain", "claims", "model");
const { train, dev } = trainingInput();
const all = [...train, ...dev];
const positives = (rows: Scored[]) => rows.filter((r) => r.positive).length;
console.log(`ClaimBuster train ${train.length} sentences (${positives(train)} check-worthy), dev ${dev.length} (${positives(dev)}); trained on both`);

const FOLDS = 5;
const L2_CANDIDATES = [1e-4, 3e-4, 1e-3];
const EPOCH_CANDIDATES = [3, 5, 8, 12, 20];
const meta = { language: "en", label: "checkworthy" } as const;
/** F1 of each fold's held-out sentences (fold = sentence position mod FOLDS, as in crossValidated). */
function foldF1s(heldOut: number[], rows: Scored[]): number[] {
  return Array.from({ length: FOLDS }, (_, fold) => {
    const at = rows.map((_, i) => i).filter((i) => i % FOLDS === fold);
    return f1At(at.map((i) => heldOut[i]!), at.map((i) => rows[i]!), SHIPPED_THRESHOLD).f1;
  });
}
function standardError(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance / values.length);
}
type Cv = { l2: number; epochs: number; scores: ReturnType<typeof f1At>; devScores: ReturnType<typeof f1At>; best: { threshold: number; f1: number }; foldError: number };
const results: Cv[] = [];
for (const l2 of L2_CANDIDATES) {
  const fits = (rows: Scored[]) => fitModelsAtEpochs(rows, { ...SHIPPED_RECIPE, l2 }, EPOCH_CANDIDATES, meta);
  crossValidated(all, FOLDS, fits).forEach((heldOut, i) => {
    const epochs = EPOCH_CANDIDATES[i]!;
    const scores = f1At(heldOut, all, SHIPPED_THRESHOLD);
    // The dev sentences' held-out scores: how the crowd-labelled split fares when it was not trained on.
    const devScores = f1At(heldOut.slice(train.length), dev, SHIPPED_THRESHOLD);
    let best = { threshold: 0.5, f1: -1 };
    for (let step = 20; step <= 90; step++) {
      const f1 = f1At(heldOut, all, step / 100).f1;
      if (f1 > best.f1 + 1e-12) best = { threshold: step / 100, f1 };
    }
    const foldError = standardError(foldF1s(heldOut, all));
    console.log(
      `  L2 ${l2}, ${String(epochs).padStart(2)} epochs: ${FOLDS}-fold F1(Yes) ${scores.f1.toFixed(4)} ± ${foldError.toFixed(4)} at ${SHIPPED_THRESHOLD} (best ${best.f1.toFixed(3)} at ${best.threshold.toFixed(2)}); dev held out ${devScores.f1.toFixed(3)}`,
    );
    results.push({ l2, epochs, scores, devScores, best, foldError });
  });
}
// The one-standard-error rule: of the settings whose F1 is within one standard error (across folds) of
// the best, the most regularised: fewest epochs (training stopped earlier), then the strongest penalty.
// The settings' F1 differ in the third or fourth decimal, inside that error; taking the highest by a
// hair made the choice flip with any change to the features.
const top = results.reduce((a, b) => (b.scores.f1 > a.scores.f1 + 1e-12 ? b : a));
const simpler = (a: Cv, b: Cv) => (a.epochs !== b.epochs ? a.epochs < b.epochs : a.l2 > b.l2);
const chosen = results.filter((result) => result.scores.f1 >= top.scores.f1 - top.foldError).reduce((a, b) => (simpler(b, a) ? b : a));
const { l2, epochs, scores: cvScores, devScores: cvDevScores, best } = chosen;
const model = fitModel(all, { ...SHIPPED_RECIPE, l2, epochs }, meta);
model.threshold = SHIPPED_THRESHOLD;
const seen = f1At(all.map((row) => probability(model, row.features)), all, SHIPPED_THRESHOLD);

const file = encodeModel(model);
const json = `${JSON.stringify(file)}\n`;
writeFileSync(path.join(modelDir, "checkworthiness-en.json"), json);
const fmt = (value: number) => value.toFixed(3);
writeFileSync(
  path.join(modelDir, "MODEL_CARD.md"),
  `# English check-worthiness model (\`checkworthiness-en.json\`)

Written by \`npm run train:claims\` (scripts/train-claims.ts); do not edit by hand. Running it again
from the same repository writes this file and the weights byte for byte. Training input digest: \`${trainingInputDigest(all)}\`
(the features of every training sentence; a unit test fails when the engine's features no longer match it: retrain then).

## What it is
Logistic regression over ${2 ** file.dimensionBits} hashed feature slots (FNV-1a): lower-cased words (digits read as 0),
word pairs including the sentence's start and end, character 3- to 5-grams of each word, and the
engine's structural signals (number, date, person, organisation, place, reported speech, quotation,
question, exclamation, superlative, comparison, cause, event, first person, hedge, evaluation, length).
A sentence's word features share one unit of length (1/√n each); each signal that fires counts ${SIGNAL_VALUE}.
Weights are stored as one signed byte per slot times a scale (${file.scale}); scores below are taken
with these rounded weights. Training: AdaGrad, ${epochs} epochs, learning rate ${SHIPPED_RECIPE.learningRate},
classes weighted to equal total weight, weights averaged over seeds 1…${SHIPPED_RECIPE.seeds}, on ClaimBuster train and dev
together. ${epochs} epochs and L2 ${l2} were chosen by ${FOLDS}-fold cross-validation (fold = sentence position mod ${FOLDS})
from epochs ${EPOCH_CANDIDATES.join(", ")} × L2 ${L2_CANDIDATES.join(", ")}: of the settings within one standard error
across folds (${top.foldError.toFixed(3)}) of the best F1 (${fmt(top.scores.f1)}, ${top.epochs} epochs, L2 ${top.l2}), the most regularised:
fewest epochs, then the strongest penalty.
Threshold ${SHIPPED_THRESHOLD}: with both classes weighted equally this is where check-worthy and not are
equally likely, whatever share of check-worthy sentences a text holds; it is not tuned to ClaimBuster's
share (24 %). The best threshold in cross-validation was ${best.threshold.toFixed(2)} (F1 ${fmt(best.f1)}, against ${fmt(cvScores.f1)} at ${SHIPPED_THRESHOLD}).

## Data, licence and attribution
Trained only on the ClaimBuster data set: Fatma Arslan, Naeemul Hassan, Chengkai Li, Mark Tremayne,
"A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020; data on Zenodo
(https://zenodo.org/record/3836810, DOI 10.5281/zenodo.3609356), licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). The copy in \`scripts/data/claimbuster/\` is the
CheckThat! 2024 binarised form (CFS → Yes): train = \`groundtruth.csv\` (${train.length} sentences),
dev = \`crowdsourced.csv\` (${dev.length}). The weights are a derived work under the same licence: keep this
attribution when you redistribute them.

## Scores (check-worthy class, threshold ${SHIPPED_THRESHOLD})
| split | precision | recall | F1 |
|---|---|---|---|
| ClaimBuster train + dev, ${FOLDS}-fold cross-validation (each sentence scored by a model that did not see it) | ${fmt(cvScores.precision)} | ${fmt(cvScores.recall)} | ${fmt(cvScores.f1)} |
| ClaimBuster dev, held out in cross-validation | ${fmt(cvDevScores.precision)} | ${fmt(cvDevScores.recall)} | ${fmt(cvDevScores.f1)} |
| ClaimBuster train + dev, shipped model (seen in training) | ${fmt(seen.precision)} | ${fmt(seen.recall)} | ${fmt(seen.f1)} |

\`npm run eval:claims\` adds the CheckThat! 2024 dev-test split (newer debates, evaluation only; it chose
nothing here) and the rules beside the model.

## Limits
English US political debate transcripts: news prose, other countries' politics and other registers
score lower. German text is not scored by this model (no licensed German check-worthiness data);
German uses the rules. Subjectivity is rules only (the labelled subjectivity data is CC BY-NC-SA).
A team's own decisions adapt the model to its articles, from these weights and this threshold;
German and subjectivity team models start from the rules (team-model.ts).
`,
);
console.log(`chosen L2 ${l2}, threshold ${SHIPPED_THRESHOLD}: cross-validated P ${fmt(cvScores.precision)} R ${fmt(cvScores.recall)} F1 ${fmt(cvScores.f1)}`);
console.log(`wrote checkworthiness-en.json (${(json.length / 1024).toFixed(0)} KB) and MODEL_CARD.md`);

// `npm run train:claims`: trains the English check-worthiness model from the ClaimBuster sentences in
// scripts/data/claimbuster/ and writes lib/domain/claims/model/checkworthiness-en.json and its model
// card. Deterministic: fixed seeds, fixed order, no clock; two runs write the same bytes.
// The L2 penalty and the threshold are chosen on the ClaimBuster dev split; nothing here reads ../shared/eval.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { analyseSentence } from "@/lib/domain/claims/extract";
import { sentenceFeatures } from "@/lib/domain/claims/model/features";
import { bestThreshold, f1At, fitModel, SHIPPED_RECIPE } from "@/lib/domain/claims/model/fit";
import { encodeModel, probability } from "@/lib/domain/claims/model/linear-model";
import { claimbuster } from "./lib/claim-datasets";

const modelDir = path.resolve(import.meta.dirname, "..", "lib", "domain", "claims", "model");
const featurise = (rows: { text: string; positive: boolean }[]) =>
  rows.map((row) => ({ features: sentenceFeatures(analyseSentence(row.text)), positive: row.positive }));

const train = featurise(claimbuster("train"));
const dev = featurise(claimbuster("dev"));
console.log(`ClaimBuster train ${train.length} sentences (${train.filter((r) => r.positive).length} check-worthy), dev ${dev.length} (${dev.filter((r) => r.positive).length})`);

const L2_CANDIDATES = [1e-4, 3e-4, 1e-3];
let chosen: { l2: number; threshold: number; f1: number; model: ReturnType<typeof fitModel> } | null = null;
for (const l2 of L2_CANDIDATES) {
  const model = fitModel(train, { ...SHIPPED_RECIPE, l2 }, { language: "en", label: "checkworthy" });
  const { threshold, f1 } = bestThreshold(model, dev);
  console.log(`  L2 ${l2}: dev F1(Yes) ${f1.toFixed(3)} at threshold ${threshold.toFixed(2)}`);
  if (!chosen || f1 > chosen.f1 + 1e-12) chosen = { l2, threshold, f1, model };
}
const { l2, threshold, model } = chosen!;
model.threshold = threshold;
const devScores = f1At(dev.map((row) => probability(model, row.features)), dev, threshold);
const trainScores = f1At(train.map((row) => probability(model, row.features)), train, threshold);

const file = encodeModel(model);
const json = `${JSON.stringify(file)}\n`;
writeFileSync(path.join(modelDir, "checkworthiness-en.json"), json);
const fmt = (value: number) => value.toFixed(3);
writeFileSync(
  path.join(modelDir, "MODEL_CARD.md"),
  `# English check-worthiness model (\`checkworthiness-en.json\`)

Written by \`npm run train:claims\` (scripts/train-claims.ts); do not edit by hand. Running it again
from the same repository writes this file and the weights byte for byte.

## What it is
Logistic regression over ${2 ** file.dimensionBits} hashed feature slots (FNV-1a): lower-cased words (digits read as 0),
word pairs including the sentence's start and end, character 3- to 5-grams of each word, and the
engine's structural signals (number, date, person, organisation, place, reported speech, quotation,
question, exclamation, superlative, comparison, cause, event, first person, hedge, evaluation, length).
Weights are stored as one signed byte per slot times a scale (${file.scale}); scores below are taken
with these rounded weights. Training: AdaGrad, ${SHIPPED_RECIPE.epochs} epochs, learning rate ${SHIPPED_RECIPE.learningRate},
classes weighted to equal total weight, L2 ${l2} (chosen on dev from ${L2_CANDIDATES.join(", ")}),
weights averaged over seeds 1…${SHIPPED_RECIPE.seeds}. Threshold ${fmt(threshold)} (best F1 of the check-worthy class on dev).

## Data, licence and attribution
Trained only on the ClaimBuster data set: Fatma Arslan, Naeemul Hassan, Chengkai Li, Mark Tremayne,
"A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020; data on Zenodo
(https://zenodo.org/record/3836810, DOI 10.5281/zenodo.3609356), licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). The copy in \`scripts/data/claimbuster/\` is the
CheckThat! 2024 binarised form (CFS → Yes): train = \`groundtruth.csv\` (${train.length} sentences),
dev = \`crowdsourced.csv\` (${dev.length}). The weights are a derived work under the same licence: keep this
attribution when you redistribute them.

## Scores (check-worthy class)
| split | precision | recall | F1 |
|---|---|---|---|
| ClaimBuster train (seen in training) | ${fmt(trainScores.precision)} | ${fmt(trainScores.recall)} | ${fmt(trainScores.f1)} |
| ClaimBuster dev (threshold chosen here) | ${fmt(devScores.precision)} | ${fmt(devScores.recall)} | ${fmt(devScores.f1)} |

\`npm run eval:claims\` adds the CheckThat! 2024 dev-test split (newer debates, evaluation only) and the
rules beside the model.

## Limits
English US political debate transcripts: news prose, other countries' politics and other registers
score lower. German text is not scored by this model (no licensed German check-worthiness data);
German uses the rules. Subjectivity is rules only (the labelled subjectivity data is CC BY-NC-SA).
`,
);
console.log(`chosen L2 ${l2}, threshold ${fmt(threshold)}: dev P ${fmt(devScores.precision)} R ${fmt(devScores.recall)} F1 ${fmt(devScores.f1)}`);
console.log(`wrote checkworthiness-en.json (${(json.length / 1024).toFixed(0)} KB) and MODEL_CARD.md`);

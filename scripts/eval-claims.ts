// `npm run eval:claims`: the claim engine against the labelled sentences: the learned model beside the
// rules. English check-worthiness on the ClaimBuster dev split (in the repository) and the CheckThat!
// 2024 dev-test split, subjectivity in German and English (rules only: that data may tune thresholds,
// never ship weights). The splits in ../shared/eval/ are skipped with a message when absent.
import { existsSync } from "node:fs";
import { classifySentence } from "@/lib/domain/claims/extract";
import { learnTeamModel } from "@/lib/domain/claims/model/team-model";
import type { Language } from "@/lib/domain/claims/types";
import { claimbuster, evalDir, evalSplit, f1, type LabelledSentence } from "./lib/claim-datasets";

const fmt = (value: number) => value.toFixed(3);
const shared = existsSync(evalDir);
if (!shared) console.log(`note: ${evalDir} is not here; only the ClaimBuster dev split in the repository is scored.`);

console.log("Check-worthiness, English (F1 of Yes = check-worthy)");
console.log("  (the shipped model is trained on ClaimBuster train + dev: its held-out figures are the cross-validated ones in MODEL_CARD.md)");
const checkworthiness: [string, LabelledSentence[] | null][] = [
  ["ClaimBuster dev", claimbuster("dev")],
  ["CT24 dev-test", evalSplit("checkthat2024-checkworthiness-english/CT24_checkworthy_english_dev-test.tsv", "Yes", true)],
];
for (const [name, rows] of checkworthiness) {
  if (!rows) continue;
  for (const [engine, model] of [["model", undefined], ["rules", null]] as const) {
    const result = f1(rows, (row) => classifySentence(row.text, { language: "en", model }).checkworthy);
    const { precision, recall, f1: yes } = result.positive;
    console.log(`  ${name.padEnd(16)} ${engine.padEnd(5)} n=${String(result.n).padStart(5)}  P ${fmt(precision)}  R ${fmt(recall)}  F1(Yes) ${fmt(yes)}`);
  }
}

const subjectivity: [Language, string, string[]][] = [
  ["de", "checkthat2025-subjectivity/german", ["dev_de", "dev_test_de"]],
  ["en", "checkthat2025-subjectivity/english", ["dev_en", "dev_test_en"]],
];
if (shared) console.log("Subjectivity (macro-F1 over OBJ/SUBJ; rules only)");
for (const [language, folder, splits] of subjectivity) {
  for (const split of splits) {
    const rows = evalSplit(`${folder}/${split}.tsv`, "SUBJ", false);
    if (!rows) continue;
    const result = f1(rows, (row) => classifySentence(row.text, { language }).subjective);
    console.log(`  ${language} ${split.padEnd(12)} n=${String(result.n).padStart(5)}  macro-F1 ${fmt(result.macroF1)}  SUBJ-F1 ${fmt(result.positive.f1)}`);
  }
}

// The team learning curve: labelled sentences replayed as one team's decisions (the CLI's `learn`),
// scored on sentences the replay did not include. A team's decisions come from its own kind of
// articles, so the realistic test replays labels from the domain it is scored on: the CT24 dev-test
// split is cut in two by position (even rows replayed, odd rows scored). (ClaimBuster dev is no
// replay source: the shipped weights are trained on it.) Evaluation only: the replayed models live in
// memory here and are thrown away, never shipped.
console.log("Learning curve: a team's decisions replayed (0 = shipped model or rules); replayed models are thrown away");
const ct24 = checkworthiness[1]![1];
const replayHalf = ct24?.filter((_, i) => i % 2 === 0) ?? null;
const scoringHalf = ct24?.filter((_, i) => i % 2 === 1) ?? null;
interface Curve {
  name: string;
  language: Language;
  label: "checkworthy" | "subjective";
  decisions: LabelledSentence[] | null;
  scored: LabelledSentence[] | null;
  metric: "f1" | "macro";
  counts: number[];
  /** Start from the rules, as German check-worthiness does (0 = the rules alone). */
  fromRules?: boolean;
}
const subjectivitySplit = (folder: string, split: string) => evalSplit(`checkthat2025-subjectivity/${folder}/${split}.tsv`, "SUBJ", false);
const curves: Curve[] = [
  { name: "en check-worthiness, CT24 dev-test even rows → odd rows (same domain)", language: "en", label: "checkworthy", decisions: replayHalf, scored: scoringHalf, metric: "f1", counts: [0, 25, 50, 100, 159] },
  // German check-worthiness has no labelled data: its path (a model stacked on the rules) replayed on
  // the same English halves, against the English rules alone at 0.
  { name: "en check-worthiness from the rules (German's path), CT24 even → odd", language: "en", label: "checkworthy", decisions: replayHalf, scored: scoringHalf, metric: "f1", counts: [0, 25, 50, 100, 159], fromRules: true },
  // The points (0, 100, 300, 800) need more decisions than half of dev-test holds: ClaimBuster
  // train in file order (already shuffled) replayed, scored on all of CT24 dev-test. The shipped weights
  // were trained on these labels, so this curve teaches nothing new: it shows that replaying decisions
  // from other debates leaves this one about where it was.
  { name: "en check-worthiness, ClaimBuster train → CT24 dev-test", language: "en", label: "checkworthy", decisions: claimbuster("train"), scored: ct24, metric: "f1", counts: [0, 100, 300, 800] },
  { name: "de subjectivity, train_de → dev_de", language: "de", label: "subjective", decisions: subjectivitySplit("german", "train_de"), scored: subjectivitySplit("german", "dev_de"), metric: "macro", counts: [0, 100, 300, 800] },
  { name: "en subjectivity, train_en → dev_en", language: "en", label: "subjective", decisions: subjectivitySplit("english", "train_en"), scored: subjectivitySplit("english", "dev_en"), metric: "macro", counts: [0, 100, 300, 800] },
];
for (const { name, language, label, decisions, scored, metric, counts, fromRules } of curves) {
  if (!decisions || !scored) continue;
  const points: string[] = [];
  for (const count of counts) {
    if (count > decisions.length) continue;
    const model = learnTeamModel(decisions.slice(0, count).map((row) => ({ sentence: row.text, positive: row.positive })), language, label, { fromRules });
    const options = label === "subjective" ? { language, subjectivityModel: model } : { language, model: model ?? (fromRules ? null : undefined) };
    const result = f1(scored, (row) => {
      const unit = classifySentence(row.text, options);
      return label === "subjective" ? unit.subjective : unit.checkworthy;
    });
    points.push(`${count}: ${fmt(metric === "f1" ? result.positive.f1 : result.macroF1)}`);
  }
  console.log(`  ${name} (${metric === "f1" ? "F1(Yes)" : "macro-F1"})  ${points.join("  ")}`);
}

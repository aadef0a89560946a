// `npm run eval:claims`: the claim engine against the labelled sentences in ../shared/eval/.
// German and English subjectivity (macro-F1, SUBJ-F1) and English check-worthiness (P/R/F1 of Yes).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { classifySentence } from "@/lib/domain/claims/extract";
import type { Language } from "@/lib/domain/claims/types";

const evalDir = path.resolve(import.meta.dirname, "..", "..", "shared", "eval");
if (!existsSync(evalDir)) {
  console.log(`skipped: ${evalDir} is not here, so there is nothing to evaluate against.`);
  process.exit(0);
}

interface Row {
  text: string;
  positive: boolean;
}

/** Tab-separated rows; quoting off for subjectivity, CSV-style quotes for check-worthiness. */
function readTsv(file: string, positive: string, unquote: boolean): Row[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).slice(1).filter(Boolean);
  const rows: Row[] = [];
  for (const line of lines) {
    // One physical line of the ClaimBuster train split fuses two rows: "id\ttext\tNo<id>\ttext\tNo".
    for (const record of line.split(/(?<=\t(?:Yes|No))(?=\d+\t)/)) {
      const fields = record.split("\t");
      let text = fields[1] ?? "";
      if (unquote && /^".*"$/s.test(text)) text = text.slice(1, -1).replace(/""/g, '"');
      rows.push({ text, positive: (fields[2] ?? "").trim() === positive });
    }
  }
  return rows;
}

function f1(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function score(rows: Row[], predict: (text: string) => boolean) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const row of rows) {
    const predicted = predict(row.text);
    if (predicted && row.positive) tp++;
    else if (predicted) fp++;
    else if (row.positive) fn++;
    else tn++;
  }
  const positive = f1(tp, fp, fn);
  const negative = f1(tn, fn, fp);
  return { n: rows.length, positive, macroF1: (positive.f1 + negative.f1) / 2 };
}

const fmt = (value: number) => value.toFixed(3);

const subjectivity: [Language, string, string[]][] = [
  ["de", "checkthat2025-subjectivity/german", ["train_de", "dev_de", "dev_test_de"]],
  ["en", "checkthat2025-subjectivity/english", ["train_en", "dev_en", "dev_test_en"]],
];
console.log("Subjectivity (SUBJ = subjective)");
for (const [language, folder, splits] of subjectivity) {
  for (const split of splits) {
    const file = path.join(evalDir, folder, `${split}.tsv`);
    if (!existsSync(file)) continue;
    const result = score(readTsv(file, "SUBJ", false), (text) => classifySentence(text).subjective);
    console.log(`  ${language} ${split.padEnd(12)} n=${String(result.n).padStart(5)}  macro-F1 ${fmt(result.macroF1)}  SUBJ-F1 ${fmt(result.positive.f1)}`);
  }
}

console.log("Check-worthiness, English (Yes = check-worthy)");
for (const split of ["train", "dev", "dev-test"]) {
  const file = path.join(evalDir, "checkthat2024-checkworthiness-english", `CT24_checkworthy_english_${split}.tsv`);
  if (!existsSync(file)) continue;
  const result = score(readTsv(file, "Yes", true), (text) => classifySentence(text).checkworthy);
  const { precision, recall, f1: yes } = result.positive;
  console.log(`  en ${split.padEnd(12)} n=${String(result.n).padStart(5)}  P ${fmt(precision)}  R ${fmt(recall)}  F1(Yes) ${fmt(yes)}`);
}

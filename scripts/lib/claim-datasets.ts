// Reading the labelled sentence files: the ClaimBuster copy in scripts/data/claimbuster/ and the
// evaluation-only splits in ../shared/eval/ (which may be absent; callers skip with a message).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface LabelledSentence {
  text: string;
  positive: boolean;
}

export const claimbusterDir = path.resolve(import.meta.dirname, "..", "data", "claimbuster");
export const evalDir = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "eval");

/** Tab-separated rows; quoting off for subjectivity, CSV-style quotes for check-worthiness. */
export function readTsv(file: string, positive: string, unquote: boolean): LabelledSentence[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).slice(1).filter(Boolean);
  const rows: LabelledSentence[] = [];
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

export const claimbuster = (split: "train" | "dev") =>
  readTsv(path.join(claimbusterDir, `CT24_checkworthy_english_${split}.tsv`), "Yes", true);

/** An evaluation split from ../shared/eval/, or null when it is not there. */
export function evalSplit(relative: string, positive: string, unquote: boolean): LabelledSentence[] | null {
  const file = path.join(evalDir, relative);
  return existsSync(file) ? readTsv(file, positive, unquote) : null;
}

export function f1(rows: LabelledSentence[], predict: (row: LabelledSentence, index: number) => boolean) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  rows.forEach((row, index) => {
    const predicted = predict(row, index);
    if (predicted && row.positive) tp++;
    else if (predicted) fp++;
    else if (row.positive) fn++;
    else tn++;
  });
  const score = (tp: number, fp: number, fn: number) => {
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  const positive = score(tp, fp, fn);
  const negative = score(tn, fn, fp);
  return { n: rows.length, positive, macroF1: (positive.f1 + negative.f1) / 2 };
}

// The claim engine's command line (a stable contract):
//   npm run -s claims -- extract FILE [--lang de|en]   → { "language", "units": [...] }
//   npm run -s claims -- classify [--lang de|en] [--model FILE] → one JSON object per stdin line
//   npm run -s claims -- learn --lang de|en --label checkworthy|subjective --out FILE
//       reads "sentence<TAB>1|0" lines on stdin (a team's decisions) and writes a team model file
// --lang picks the sentence rules for extract and the learned model (English: shipped check-worthiness
// weights; German: rules); without it the language is detected per file or per line.
import { readFileSync, writeFileSync } from "node:fs";
import { classifySentence, extract } from "@/lib/domain/claims/extract";
import { decodeModel, encodeModel, type LinearModel, type ModelFile } from "@/lib/domain/claims/model/linear-model";
import { learnTeamModel, type Decision } from "@/lib/domain/claims/model/team-model";
import type { Language } from "@/lib/domain/claims/types";

function fail(message: string, code = 1): never {
  process.stderr.write(`claims: ${message}\n`);
  process.exit(code);
}

function decode(bytes: Buffer, what: string): string {
  if (bytes.includes(0)) fail(`${what} looks like binary data (it contains NUL bytes); give a UTF-8 text file.`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(`${what} is not valid UTF-8; convert it first (e.g. iconv -f latin1 -t utf-8).`);
  }
}

function languageOption(args: string[]): Language | undefined {
  const index = args.indexOf("--lang");
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value !== "de" && value !== "en") fail('--lang takes "de" or "en".', 2);
  args.splice(index, 2);
  return value;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith("--")) fail(`${name} needs a value.`, 2);
  args.splice(index, 2);
  return value;
}

function readModel(file: string): LinearModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `no such model file: ${file}` : `${file} is not a model file written by "claims learn".`);
  }
  try {
    return decodeModel(parsed as ModelFile);
  } catch {
    return fail(`${file} is not a model file written by "claims learn".`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decode(Buffer.concat(chunks), "standard input");
}

const args = process.argv.slice(2);
const command = args.shift();
const language = languageOption(args);
const modelFile = option(args, "--model");

if (command === "extract") {
  const file = args[0];
  if (!file) fail("usage: claims extract FILE [--lang de|en]", 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `no such file: ${file}` : code === "EISDIR" ? `${file} is a directory` : `cannot read ${file} (${code})`);
  }
  process.stdout.write(`${JSON.stringify(extract(decode(bytes, file), { language }), null, 2)}\n`);
} else if (command === "classify") {
  const model = modelFile ? readModel(modelFile) : undefined;
  if (model && language && model.language !== language) fail(`${modelFile} is a model for "${model.language}", not "${language}".`, 2);
  const options = { language: language ?? model?.language, ...(model?.label === "subjective" ? { subjectivityModel: model } : { model }) };
  const input = await readStdin();
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const unit = classifySentence(line, options);
    const { kind, subjective, checkworthy, checkworthiness, reasons, suggestedWording } = unit;
    process.stdout.write(`${JSON.stringify({ kind, subjective, checkworthy, checkworthiness, reasons, suggestedWording })}\n`);
  }
} else if (command === "learn") {
  const label = option(args, "--label");
  const out = option(args, "--out");
  if (!language || (label !== "checkworthy" && label !== "subjective") || !out) {
    fail("usage: claims learn --lang de|en --label checkworthy|subjective --out FILE < decisions.tsv", 2);
  }
  const decisions: Decision[] = [];
  const lines = (await readStdin()).split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const tab = line.lastIndexOf("\t");
    const value = line.slice(tab + 1).trim();
    if (tab <= 0 || (value !== "1" && value !== "0")) fail(`line ${index + 1}: expected "sentence<TAB>1" or "sentence<TAB>0".`);
    decisions.push({ sentence: line.slice(0, tab), positive: value === "1" });
  });
  if (!decisions.length) fail("no decisions on standard input.");
  writeFileSync(out, `${JSON.stringify(encodeModel(learnTeamModel(decisions, language, label)!))}\n`);
  process.stderr.write(`claims: learned from ${decisions.length} decisions (${decisions.filter((d) => d.positive).length} positive); wrote ${out}\n`);
} else {
  fail("usage: claims extract FILE [--lang de|en] | claims classify [--lang de|en] [--model FILE] < sentences.txt | claims learn --lang de|en --label checkworthy|subjective --out FILE < decisions.tsv", 2);
}

// The claim engine's command line (a stable contract):
//   npm run -s claims -- extract FILE [--lang de|en] [--date YYYY-MM-DD]   → { "language", "units": [...] }
//   npm run -s claims -- classify [--lang de|en] [--model FILE] [--date YYYY-MM-DD] → one JSON object per stdin line
//       (a blank line gets an empty reading, a line that is no UTF-8 text { "error" } and exit status 1)
//   npm run -s claims -- learn --lang de|en --label checkworthy|subjective --out FILE
//       reads "sentence<TAB>1|0" lines on stdin (a team's decisions) and writes a team model file
// --lang picks the sentence rules for extract and the learned model (English: shipped check-worthiness
// weights; German: rules); without it the language is detected per file or per line. --date is the article's
// publication date: suggested wordings write "yesterday", "heute" as that day's date. An option not listed is an error.
import { readFileSync, writeFileSync } from "node:fs";
import { classifySentence, extract } from "@/lib/domain/claims/extract";
import { decodeModel, encodeModel, type LinearModel, type ModelFile } from "@/lib/domain/claims/model/linear-model";
import { learnTeamModel, type Decision } from "@/lib/domain/claims/model/team-model";
import type { Language } from "@/lib/domain/claims/types";

function fail(message: string, code = 1): never {
  process.stderr.write(`claims: ${message}\n`);
  process.exit(code);
}

/** The text of `bytes`, or why it is none. A byte order mark stays (as U+FEFF), so offsets count it as the file does. */
function decoded(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) return { problem: "looks like binary data (it contains NUL bytes); give UTF-8 text" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { problem: "is not valid UTF-8; convert it first (e.g. iconv -f latin1 -t utf-8)" };
  }
}

function decode(bytes: Uint8Array, what: string): string {
  const result = decoded(bytes);
  return "text" in result ? result.text : fail(`${what} ${result.problem}.`);
}

/** Standard input's lines as bytes, without a byte order mark (a last newline ends the last line, it does not start another). */
async function stdinLines(): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = Buffer.concat(chunks);
  const lines: Buffer[] = [];
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  for (let start = bom ? 3 : 0; start < input.length; ) {
    const newline = input.indexOf(0x0a, start);
    const end = newline === -1 ? input.length : newline;
    lines.push(input.subarray(start, end > start && input[end - 1] === 0x0d ? end - 1 : end));
    start = end + 1;
  }
  return lines;
}

/** What classify prints for a line with nothing visible: no sentence, so nothing the engine scores. */
const EMPTY_LINE = { kind: "other", subjective: false, checkworthy: false, checkworthiness: 0, reasons: [], suggestedWording: "" };

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

/** Standard input as one text (decisions for learn: no offsets, so a byte order mark goes). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decode(Buffer.concat(chunks), "standard input").replace(/^\uFEFF/, "");
}

const args = process.argv.slice(2);
const command = args.shift();
const language = languageOption(args);
const modelFile = option(args, "--model");
const articleDate = dateOption(option(args, "--date"));
const unknown = command === "learn" ? undefined : args.find((arg) => arg.startsWith("--"));
if (unknown) fail(`unknown option ${unknown}; see the usage in scripts/claims.ts (--lang, --model, --date).`, 2);

/** "2025-03-18" as that day (UTC), or exit 2 saying what is wrong: a date that does not exist is not moved to another. */
function dateOption(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) fail(`--date takes a day as YYYY-MM-DD (e.g. 2025-03-18), not "${value}".`, 2);
  return date;
}

if (command === "extract") {
  const file = args[0];
  if (!file) fail("usage: claims extract FILE [--lang de|en] [--date YYYY-MM-DD]", 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `no such file: ${file}` : code === "EISDIR" ? `${file} is a directory` : `cannot read ${file} (${code})`);
  }
  process.stdout.write(`${JSON.stringify(extract(decode(bytes, file), { language, articleDate }), null, 2)}\n`);
} else if (command === "classify") {
  const model = modelFile ? readModel(modelFile) : undefined;
  if (model && language && model.language !== language) fail(`${modelFile} is a model for "${model.language}", not "${language}".`, 2);
  const options = { language: language ?? model?.language, articleDate, ...(model?.label === "subjective" ? { subjectivityModel: model } : { model }) };
  // One output line per input line, so outputs line up with their sentences: a blank line gets an
  // empty reading, a line that is no UTF-8 text an error (and the exit status 1 at the end).
  let failed = 0;
  (await stdinLines()).forEach((bytes, index) => {
    const line = decoded(bytes);
    if ("problem" in line) {
      failed++;
      process.stderr.write(`claims: line ${index + 1} ${line.problem}.\n`);
      return process.stdout.write(`${JSON.stringify({ error: `line ${index + 1} ${line.problem}` })}\n`);
    }
    if (!/[^\s\p{Cf}\p{Cc}]/u.test(line.text)) return process.stdout.write(`${JSON.stringify(EMPTY_LINE)}\n`);
    const { kind, subjective, checkworthy, checkworthiness, reasons, suggestedWording } = classifySentence(line.text, options);
    process.stdout.write(`${JSON.stringify({ kind, subjective, checkworthy, checkworthiness, reasons, suggestedWording })}\n`);
  });
  if (failed) process.exitCode = 1;
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
  fail("usage: claims extract FILE [--lang de|en] [--date YYYY-MM-DD] | claims classify [--lang de|en] [--model FILE] [--date YYYY-MM-DD] < sentences.txt | claims learn --lang de|en --label checkworthy|subjective --out FILE < decisions.tsv", 2);
}

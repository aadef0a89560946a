// The claim engine's command line (a stable contract):
//   npm run -s claims -- extract FILE [--lang de|en]   → { "language", "units": [...] }
//   npm run -s claims -- classify [--lang de|en]       → one JSON object per stdin line
// --lang picks the sentence rules for extract and the learned model (English: shipped check-worthiness
// weights; German: rules); without it the language is detected per file or per line.
import { readFileSync } from "node:fs";
import { classifySentence, extract } from "@/lib/domain/claims/extract";
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

const args = process.argv.slice(2);
const command = args.shift();
const language = languageOption(args);

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
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = decode(Buffer.concat(chunks), "standard input");
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const unit = classifySentence(line, { language });
    const { kind, subjective, checkworthy, checkworthiness, reasons, suggestedWording } = unit;
    process.stdout.write(`${JSON.stringify({ kind, subjective, checkworthy, checkworthiness, reasons, suggestedWording })}\n`);
  }
} else {
  fail("usage: claims extract FILE [--lang de|en] | claims classify [--lang de|en] < sentences.txt", 2);
}

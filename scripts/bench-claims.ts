// `npm run bench:claims`: extract() throughput on a ≥ 5 MB corpus beside a bare Intl.Segmenter
// sentence split of the same text, and peak memory while extracting one 5 MB article.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "@/lib/domain/claims/extract";
import { forEachSentence } from "@/lib/domain/claims/segment-sentences";
import { tokenize, TokenPool } from "@/lib/domain/claims/tokens";
import { claimbuster } from "./lib/claim-datasets";

const seedDir = path.resolve(import.meta.dirname, "..", "prisma", "seed");
const samples = ["article-1-qingdao-defence-ministers.de.txt", "article-2-lavrov-jaishankar-arms.de.txt"].map((file) =>
  readFileSync(path.join(seedDir, file), "utf8"),
);
const TARGET_BYTES = 5 * 1024 * 1024;
const parts: string[] = [];
for (let size = 0, i = 0; size < TARGET_BYTES; i++) {
  const sample = samples[i % samples.length]!;
  parts.push(sample);
  size += Buffer.byteLength(sample) + 2;
}
const corpus = parts.join("\n\n");
const megabytes = Buffer.byteLength(corpus) / (1024 * 1024);

function time<T>(run: () => T): { ms: number; result: T } {
  const started = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

// Line by line: in Node 20, iterating Intl.Segmenter over one 5 MB string slows down with the string's
// length (it took over 7 minutes here), so the fair bare split feeds it one line at a time, as extract() does.
function bareSplit(text: string, language = "de"): number {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  let count = 0;
  for (const line of text.split("\n")) for (const _ of segmenter.segment(line)) count++;
  return count;
}

// Warm up both paths on the sample articles so the first timed run is not mostly JIT compilation.
extract(samples.join("\n\n"), { language: "de" });
bareSplit(samples.join("\n\n"));

// Memory first, in a quiet process: the growth of the peak resident set size while extracting the
// 5 MB text (a timer cannot sample the heap while extract() holds the thread).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBefore = process.resourceUsage().maxRSS;
const heapBefore = process.memoryUsage().heapUsed;
let first: { ms: number; result: ReturnType<typeof extract> } | null = time(() => extract(corpus, { language: "de" }));
const rssPeak = process.resourceUsage().maxRSS;
const heapAfter = process.memoryUsage().heapUsed;
const firstMs = first.ms;
const units = first.result.units.length;
// Let go of that result before the speed runs: while its 46 MB stayed reachable, every later run of
// both paths paid for the collector walking it (the bare split's first run took three times its others).
first = null;
gc?.();

// Speed: five alternating rounds after the first, median of each, so one GC pause or JIT tier-up does not decide.
const ROUNDS = 5;
const bareRuns: number[] = [];
const engineRuns: number[] = [];
let sentences = 0;
for (let round = 0; round < ROUNDS; round++) {
  const bare = time(() => bareSplit(corpus));
  sentences = bare.result;
  bareRuns.push(bare.ms);
  engineRuns.push(time(() => extract(corpus, { language: "de" })).ms);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const bareMs = median(bareRuns);
const engineMs = median(engineRuns);
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);

console.log(`corpus: ${megabytes.toFixed(2)} MB (${parts.length} articles joined as one text); median of ${ROUNDS} runs each`);
console.log(`bare Intl.Segmenter (per line): ${(megabytes / (bareMs / 1000)).toFixed(2)} MB/s, ${Math.round(sentences / (bareMs / 1000))} sentences/s (${bareMs.toFixed(0)} ms; runs ${bareRuns.map((ms) => ms.toFixed(0)).join(", ")})`);
console.log(`extract():                     ${(megabytes / (engineMs / 1000)).toFixed(2)} MB/s, ${Math.round(units / (engineMs / 1000))} units/s (${engineMs.toFixed(0)} ms, ${units} units; runs ${engineRuns.map((ms) => ms.toFixed(0)).join(", ")}; first run, with the memory measure, ${firstMs.toFixed(0)} ms)`);
console.log(`ratio extract ÷ bare split: ${(bareMs / engineMs).toFixed(2)} (target ≥ 0.33)`);
// English runs through the learned model (German has none): the same measure on about 1 MB of
// ClaimBuster sentences from the repository, joined into paragraphs of eight sentences.
const english = claimbuster("train").map((row) => row.text);
const englishParts: string[] = [];
for (let i = 0, size = 0; size < 1024 * 1024; i += 8) {
  const paragraph = english.slice(i % english.length, (i % english.length) + 8).join(" ");
  englishParts.push(paragraph);
  size += Buffer.byteLength(paragraph) + 2;
}
const englishCorpus = englishParts.join("\n\n");
extract(englishCorpus.slice(0, 200_000), { language: "en" });
const englishBare: number[] = [];
const englishEngine: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  englishBare.push(time(() => bareSplit(englishCorpus, "en")).ms);
  englishEngine.push(time(() => extract(englishCorpus, { language: "en" })).ms);
}
const englishMb = Buffer.byteLength(englishCorpus) / (1024 * 1024);
console.log(`English with the model (${englishMb.toFixed(2)} MB): bare ${(englishMb / (median(englishBare) / 1000)).toFixed(2)} MB/s, extract() ${(englishMb / (median(englishEngine) / 1000)).toFixed(2)} MB/s, ratio ${(median(englishBare) / median(englishEngine)).toFixed(2)} (target ≥ 0.33)`);

// How much of the budget the engine's first two passes already take: its own sentence split, then that
// split with every word tokenized (each word's flags looked up). The ⅓ target leaves the analysis that
// follows (entities, claimants, wording, scoring) what is left between these figures and a third of bare.
function floors(text: string, language: "de" | "en", bare: number) {
  const split = median(Array.from({ length: ROUNDS }, () => time(() => forEachSentence(text, language, () => {})).ms));
  const pool = new TokenPool();
  const tokens = median(Array.from({ length: ROUNDS }, () => time(() => forEachSentence(text, language, (start, end) => void tokenize(text.slice(start, end), start, pool))).ms));
  return `engine's own split ${split.toFixed(0)} ms (ratio ${(bare / split).toFixed(2)}), split + tokens ${tokens.toFixed(0)} ms (ratio ${(bare / tokens).toFixed(2)})`;
}
console.log(`floors, German: ${floors(corpus, "de", bareMs)}; English: ${floors(englishCorpus, "en", median(englishBare))}`);
console.log(`memory for one 5 MB article: peak RSS grew by ${mb((rssPeak - rssBefore) * 1024)} MB (process peak ${mb(rssPeak * 1024)} MB); heap holding the result ${mb(heapAfter - heapBefore)} MB${gc ? "" : " (run with --expose-gc for a clean baseline)"}`);

// `npm run bench:claims`: extract() throughput on a ≥ 5 MB corpus beside a bare Intl.Segmenter
// sentence split of the same text, and peak memory while extracting one 5 MB article.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "@/lib/domain/claims/extract";

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
function bareSplit(text: string): number {
  const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });
  let count = 0;
  for (const line of text.split("\n")) for (const _ of segmenter.segment(line)) count++;
  return count;
}

// Warm up both paths so the comparison measures steady-state speed, not JIT compilation.
extract(samples.join("\n\n"), { language: "de" });
bareSplit(samples.join("\n\n"));

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);

const bare = time(() => bareSplit(corpus));
const engine = time(() => extract(corpus, { language: "de" }));
peak = Math.max(peak, process.memoryUsage().heapUsed);
clearInterval(sampler);

const units = engine.result.units.length;
console.log(`corpus: ${megabytes.toFixed(2)} MB (${parts.length} articles joined as one text)`);
console.log(`bare Intl.Segmenter (per line): ${(megabytes / (bare.ms / 1000)).toFixed(2)} MB/s, ${Math.round(bare.result / (bare.ms / 1000))} sentences/s (${bare.ms.toFixed(0)} ms)`);
console.log(`extract():                     ${(megabytes / (engine.ms / 1000)).toFixed(2)} MB/s, ${Math.round(units / (engine.ms / 1000))} units/s (${engine.ms.toFixed(0)} ms, ${units} units)`);
console.log(`ratio extract ÷ bare split: ${(bare.ms / engine.ms).toFixed(2)} (target ≥ 0.33)`);
console.log(`peak heap above baseline while extracting the 5 MB text: ${((peak - baseline) / (1024 * 1024)).toFixed(0)} MB${gc ? "" : " (run with --expose-gc for a clean baseline)"}`);

import { hashFeature, hashPair, wordSlots } from "./hashing";
import { signalSlot, structuralSignals, type SentenceAnalysis } from "./features";
import type { Contribution, LinearModel } from "./linear-model";

// Scoring an article's units without building each sentence's feature vector: a word's weight (its
// own slot plus its character n-grams) is summed once per model and remembered, so a unit costs one
// lookup per word and per word pair. Same sums as probability(sentenceFeatures(…)), in another order.

interface WordScore {
  slot: number;
  sum: number;
  count: number;
}

const MAX_CACHED_WORDS = 100_000;
const caches = new WeakMap<LinearModel, Map<string, WordScore>>();
const START = hashFeature("w", "^");
const END = hashFeature("w", "$");

function wordScore(model: LinearModel, cache: Map<string, WordScore>, lower: string): WordScore {
  let score = cache.get(lower);
  if (!score) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    const slots = wordSlots(lower);
    let sum = 0;
    for (const slot of slots) sum += model.weights[slot]!;
    score = { slot: slots[0]!, sum, count: slots.length };
    cache.set(lower, score);
  }
  return score;
}

export interface FastScore {
  probability: number;
  /** Strongest first, at most `limit`. */
  contributions: Contribution[];
}

export function fastScore(model: LinearModel, analysis: SentenceAnalysis, limit = 3): FastScore {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const { tokens } = analysis;
  const n = tokens.length;
  const scores = new Array<WordScore>(n);
  let count = n ? n + 1 : 0; // word pairs with the sentence's start and end
  for (let i = 0; i < n; i++) count += (scores[i] = wordScore(model, cache, tokens[i]!.info.lower)).count;
  const unit = count ? 1 / Math.sqrt(count) : 0;
  const words = new Float64Array(n);
  const pairs = new Float64Array(Math.max(0, n - 1));
  for (let i = 0; i < n; i++) words[i] = scores[i]!.sum;
  for (let i = 0; i <= n && n > 0; i++) {
    const weight = model.weights[hashPair(i === 0 ? START : scores[i - 1]!.slot, i === n ? END : scores[i]!.slot)]!;
    if (i === 0) words[0]! += weight;
    else if (i === n) words[n - 1]! += weight;
    else pairs[i - 1] = weight;
  }
  const signals = structuralSignals(analysis);
  let z = model.bias;
  for (let i = 0; i < n; i++) z += (words[i]! *= unit);
  for (let i = 0; i < pairs.length; i++) z += (pairs[i]! *= unit);
  const signalWeights = signals.map((signal) => model.weights[signalSlot(signal)]!);
  for (const weight of signalWeights) z += weight;

  const top: { reason: () => string; weight: number }[] = [];
  const consider = (weight: number, reason: () => string) => {
    if (Math.abs(weight) < 0.05) return;
    let at = top.length;
    while (at > 0 && Math.abs(top[at - 1]!.weight) < Math.abs(weight)) at--;
    if (at >= limit * 2) return;
    top.splice(at, 0, { reason, weight });
    if (top.length > limit * 2) top.pop();
  };
  signals.forEach((signal, i) => consider(signalWeights[i]!, () => `${signal.name}: ${signal.evidence}`));
  for (let i = 0; i < n; i++) consider(words[i]!, () => `word: ${tokens[i]!.text}`);
  for (let i = 0; i < pairs.length; i++) consider(pairs[i]!, () => `words: ${tokens[i]!.text} ${tokens[i + 1]!.text}`);
  const seen = new Set<string>();
  const contributions: Contribution[] = [];
  for (const { reason, weight } of top) {
    const text = reason();
    if (seen.has(text)) continue;
    seen.add(text);
    contributions.push({ reason: text, weight });
    if (contributions.length === limit) break;
  }
  return { probability: 1 / (1 + Math.exp(-z)), contributions };
}

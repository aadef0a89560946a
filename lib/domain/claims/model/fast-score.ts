import { hashFeature, hashPair, wordSlots } from "./hashing";
import { PAIR, SIGNAL_VALUE, signalSlot, structuralSignals, type SentenceAnalysis } from "./features";
import type { Contribution, LinearModel } from "./linear-model";
import type { WordInfo } from "../word-info";

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

// The word's info remembers its sums for the model that scored it last (the article's model, unit
// after unit); a second model in the same pass (a team's subjectivity model) reads the map.
function wordScore(model: LinearModel, cache: Map<string, WordScore>, info: WordInfo): WordScore {
  if (info.scoredBy === model) return info;
  const score = cachedScore(model, cache, info.lower);
  info.scoredBy = model;
  info.slot = score.slot;
  info.sum = score.sum;
  info.count = score.count;
  return score;
}

function cachedScore(model: LinearModel, cache: Map<string, WordScore>, lower: string): WordScore {
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

// Scratch space reused from unit to unit (one article scores thousands): a unit's word and pair sums
// and its signals' weights. Scoring is synchronous, so one set of buffers serves every call.
const MAX_SIGNALS = 32;
const MAX_TOP = 64;
const buffers = {
  scores: [] as WordScore[],
  words: new Float64Array(256),
  pairs: new Float64Array(256),
  signals: new Float64Array(MAX_SIGNALS),
  topOrigins: new Int32Array(MAX_TOP),
  topWeights: new Float64Array(MAX_TOP),
};
function grow(size: number) {
  buffers.words = new Float64Array(size * 2);
  buffers.pairs = new Float64Array(size * 2);
}

export interface FastScore {
  probability: number;
  /** Strongest first, at most `limit`. */
  contributions: Contribution[];
}

/**
 * Puts one weight into the sorted top list of buffers.topWeights/topOrigins holding `kept` entries
 * (at most `capacity`); returns the new count. A module function rather than a closure in fastScore:
 * that runs per unit, and under tsx each named closure costs a call that sets its name.
 */
function consider(weight: number, origin: number, kept: number, capacity: number): number {
  const strength = Math.abs(weight);
  if (strength < 0.05) return kept;
  const { topOrigins, topWeights } = buffers;
  let at = kept;
  while (at > 0 && Math.abs(topWeights[at - 1]!) < strength) at--;
  if (at >= capacity) return kept;
  for (let k = Math.min(kept, capacity - 1); k > at; k--) {
    topWeights[k] = topWeights[k - 1]!;
    topOrigins[k] = topOrigins[k - 1]!;
  }
  topWeights[at] = weight;
  topOrigins[at] = origin;
  return kept < capacity ? kept + 1 : kept;
}

/** A loop rather than contributions.some(…): that allocated a closure per kept contribution. */
function hasReason(contributions: Contribution[], reason: string): boolean {
  for (let k = 0; k < contributions.length; k++) if (contributions[k]!.reason === reason) return true;
  return false;
}

export function fastScore(model: LinearModel, analysis: SentenceAnalysis, limit = 3): FastScore {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const { tokens } = analysis;
  const n = tokens.length;
  const scores = buffers.scores;
  if (buffers.words.length < n + 1) grow(n + 1);
  const words = buffers.words;
  const pairs = buffers.pairs;
  let count = n ? n + 1 : 0; // word pairs with the sentence's start and end
  for (let i = 0; i < n; i++) count += (scores[i] = wordScore(model, cache, tokens[i]!.info)).count;
  const unit = count ? 1 / Math.sqrt(count) : 0;
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
  for (let i = 0; i < n - 1; i++) z += (pairs[i]! *= unit);
  const signalWeights = buffers.signals;
  for (let i = 0; i < signals.length; i++) z += signalWeights[i] = model.weights[signalSlot(signals[i]!)]! * SIGNAL_VALUE;

  // The strongest few by origin (signal i → -(i + 1), word i → i, pair i → PAIR + i); words are put
  // into reasons only for the few that are kept, not for every word of every unit.
  // A short sorted list in reused buffers (ties keep their order of arrival), no array splicing.
  const capacity = Math.min(limit * 2, MAX_TOP);
  const topOrigins = buffers.topOrigins;
  const topWeights = buffers.topWeights;
  let kept = 0;
  for (let i = 0; i < signals.length; i++) kept = consider(signalWeights[i]!, -(i + 1), kept, capacity);
  for (let i = 0; i < n; i++) kept = consider(words[i]!, i, kept, capacity);
  for (let i = 0; i < n - 1; i++) kept = consider(pairs[i]!, PAIR + i, kept, capacity);
  const contributions: Contribution[] = [];
  for (let k = 0; k < kept; k++) {
    const origin = topOrigins[k]!;
    const text =
      origin < 0
        ? `${signals[-origin - 1]!.name}: ${signals[-origin - 1]!.evidence}`
        : origin >= PAIR
          ? `words: ${tokens[origin - PAIR]!.text} ${tokens[origin - PAIR + 1]!.text}`
          : `word: ${tokens[origin]!.text}`;
    if (hasReason(contributions, text)) continue;
    contributions.push({ reason: text, weight: topWeights[k]! });
    if (contributions.length === limit) break;
  }
  return { probability: 1 / (1 + Math.exp(-z)), contributions };
}

import { hashFeature, hashPair, wordSlots } from "./hashing";
import { explainsPair, explainsWord, firedSignals, lengthBucket, lengthSlot, namedSignalSlot, PAIR, signalEvidence, signalValue, type SentenceAnalysis } from "./features";
import type { Contribution, LinearModel } from "./linear-model";
import type { Token } from "../tokens";
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
  chosen: new Int32Array(MAX_TOP),
  signalNames: [] as string[],
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

/**
 * Scores the unit and leaves its strongest contributions, strongest first, in buffers.topOrigins and
 * buffers.topWeights (up to twice `limit`: repeated words are dropped afterwards). Returns the
 * probability; `ranked.kept` says how many were kept, buffers.signalNames which signals fired.
 */
const ranked = { kept: 0 };
function rankContributions(model: LinearModel, analysis: SentenceAnalysis, limit: number): number {
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
  // Pairs are looked up in the shipped bytes where the model has them (same values, a quarter of the memory).
  const bytes = model.quantized?.bytes;
  const scale = model.quantized?.scale ?? 0;
  for (let i = 0; i <= n && n > 0; i++) {
    const slot = hashPair(i === 0 ? START : scores[i - 1]!.slot, i === n ? END : scores[i]!.slot);
    const weight = bytes ? Math.fround(bytes[slot]! * scale) : model.weights[slot]!;
    if (i === 0) words[0]! += weight;
    else if (i === n) words[n - 1]! += weight;
    else pairs[i - 1] = weight;
  }
  const signals = buffers.signalNames;
  const signalCount = firedSignals(analysis, signals);
  let z = model.bias;
  for (let i = 0; i < n; i++) z += (words[i]! *= unit);
  for (let i = 0; i < n - 1; i++) z += (pairs[i]! *= unit);
  const signalWeights = buffers.signals;
  for (let i = 0; i < signalCount; i++) {
    const slot = signals[i] === "length" ? lengthSlot(lengthBucket(n)) : namedSignalSlot(signals[i]!);
    z += signalWeights[i] = model.weights[slot]! * signalValue(signals[i]!, analysis);
  }

  // The strongest few by origin (signal i → -(i + 1), word i → i, pair i → PAIR + i); words are put
  // into reasons only for the few that are kept, not for every word of every unit.
  // A short sorted list in reused buffers (ties keep their order of arrival), no array splicing.
  const capacity = Math.min(limit * 2, MAX_TOP);
  let kept = 0;
  for (let i = 0; i < signalCount; i++) kept = consider(signalWeights[i]!, -(i + 1), kept, capacity);
  // Function words and bare digits count in the score but are no reason (the number signal names the figure).
  for (let i = 0; i < n; i++) if (explainsWord(tokens, i)) kept = consider(words[i]!, i, kept, capacity);
  for (let i = 0; i < n - 1; i++) if (explainsPair(tokens, i)) kept = consider(pairs[i]!, PAIR + i, kept, capacity);
  ranked.kept = kept;
  return 1 / (1 + Math.exp(-z));
}

/** True when two origins name the same reason ("word: the" twice in a sentence counts once). */
function sameReason(tokens: Token[], a: number, b: number): boolean {
  if (a < 0 || b < 0) return a === b; // each signal fires once per unit
  if (a >= PAIR !== b >= PAIR) return false;
  if (a >= PAIR) return tokens[a - PAIR]!.text === tokens[b - PAIR]!.text && tokens[a - PAIR + 1]!.text === tokens[b - PAIR + 1]!.text;
  return tokens[a]!.text === tokens[b]!.text;
}

/** Fills buffers.chosen with the indexes into the top list of at most `limit` distinct reasons; returns how many. */
function chooseDistinct(tokens: Token[], limit: number): number {
  const { topOrigins, chosen } = buffers;
  let count = 0;
  for (let k = 0; k < ranked.kept && count < limit; k++) {
    let repeated = false;
    for (let c = 0; c < count && !repeated; c++) repeated = sameReason(tokens, topOrigins[chosen[c]!]!, topOrigins[k]!);
    if (!repeated) chosen[count++] = k;
  }
  return count;
}

function reasonText(origin: number, analysis: SentenceAnalysis): string {
  const { tokens } = analysis;
  if (origin < 0) {
    const name = buffers.signalNames[-origin - 1]!;
    return `${name}: ${signalEvidence(analysis, name)}`;
  }
  if (origin >= PAIR) return `words: ${tokens[origin - PAIR]!.text} ${tokens[origin - PAIR + 1]!.text}`;
  return `word: ${tokens[origin]!.text}`;
}

export function fastScore(model: LinearModel, analysis: SentenceAnalysis, limit = 3): FastScore {
  const probability = rankContributions(model, analysis, limit);
  const { tokens } = analysis;
  const count = chooseDistinct(tokens, limit);
  const contributions: Contribution[] = [];
  for (let c = 0; c < count; c++) {
    const k = buffers.chosen[c]!;
    contributions.push({ reason: reasonText(buffers.topOrigins[k]!, analysis), weight: buffers.topWeights[k]! });
  }
  return { probability, contributions };
}

/**
 * fastScore's reasons as a reviewer reads them, with the direction each pushed ("word: record ↑"),
 * appended to `reasons`; returns the probability. A word's reason is made once per spelling and
 * shared by every unit it pushes: an article's units keep thousands of these strings.
 */
export function scoreWithReasons(model: LinearModel, analysis: SentenceAnalysis, reasons: string[], limit = 3): number {
  const probability = rankContributions(model, analysis, limit);
  const { tokens } = analysis;
  const count = chooseDistinct(tokens, limit);
  for (let c = 0; c < count; c++) {
    const k = buffers.chosen[c]!;
    const origin = buffers.topOrigins[k]!;
    const up = buffers.topWeights[k]! > 0;
    if (origin >= 0 && origin < PAIR) reasons.push(wordReason(tokens[origin]!.info, up));
    else reasons.push(`${reasonText(origin, analysis)} ${up ? "↑" : "↓"}`);
  }
  return probability;
}

function wordReason(info: WordInfo, up: boolean): string {
  if (up) return (info.reasonUp ??= `word: ${info.word} ↑`);
  return (info.reasonDown ??= `word: ${info.word} ↓`);
}

import { DIMENSION_BITS, DIMENSIONS } from "./hashing";
import { explainsPair, explainsWord, PAIR, type SparseFeatures } from "./features";
import type { Token } from "../tokens";

// A logistic regression over hashed features. Weights ship as signed bytes (one per slot, base64) with
// one scale factor: 256 KB of weights instead of 1 MB of floats, and the rounding is part of what the
// model card's scores measure, because the scores are taken with the decoded weights.

export interface LinearModel {
  language: "de" | "en";
  label: "checkworthy" | "subjective";
  bias: number;
  weights: Float32Array;
  /** Probability at or above which a sentence gets the label (chosen on a dev split). */
  threshold: number;
  /** "rules": stacked on the rules, whose verdict is one of its signals (SentenceAnalysis.rules). */
  prior?: "rules";
  /**
   * The weights as shipped, one signed byte per slot (weights[i] is Math.fround(bytes[i] × scale)):
   * a quarter of the memory, so the word-pair lookups of scoring stay in the processor's cache.
   */
  quantized?: { bytes: Int8Array; scale: number };
}

export interface ModelFile {
  format: "factdesk-linear-1";
  language: "de" | "en";
  label: "checkworthy" | "subjective";
  dimensionBits: number;
  bias: number;
  threshold: number;
  scale: number;
  /** base64 of one signed byte per slot; weight = byte × scale. */
  weights: string;
  prior?: "rules";
}

export function probability(model: LinearModel, features: SparseFeatures): number {
  let z = model.bias;
  const { slots, values } = features;
  for (let i = 0; i < slots.length; i++) z += model.weights[slots[i]!]! * values[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** One reason: what pushed the score, in a reviewer's words, and how hard (log-odds, signed). */
export interface Contribution {
  reason: string;
  weight: number;
}

/**
 * The features that moved the score most, strongest first: a word's own weight and its character
 * n-grams count as the word; a pair of words as the pair; each structural signal on its own.
 */
export function explain(model: LinearModel, features: SparseFeatures, tokens: Token[], limit = 3): Contribution[] {
  // Sums per origin in flat arrays: words, word pairs, signals (this runs for every unit of every article).
  const words = new Float64Array(tokens.length);
  const pairs = new Float64Array(Math.max(0, tokens.length - 1));
  const signals = new Float64Array(features.signals.length);
  const { slots, values, origins } = features;
  for (let i = 0; i < slots.length; i++) {
    const origin = origins[i]!;
    const weight = model.weights[slots[i]!]! * values[i]!;
    if (origin < 0) signals[-origin - 1]! += weight;
    else if (origin >= PAIR) pairs[origin - PAIR]! += weight;
    else words[origin]! += weight;
  }
  // The strongest few, kept in a short sorted list instead of sorting every origin.
  const top: [number, number][] = [];
  const consider = (origin: number, weight: number) => {
    if (Math.abs(weight) < 0.05) return;
    if (top.length === limit * 2 && Math.abs(weight) <= Math.abs(top[top.length - 1]![1])) return;
    let at = top.length;
    while (at > 0 && Math.abs(top[at - 1]![1]) < Math.abs(weight)) at--;
    top.splice(at, 0, [origin, weight]);
    if (top.length > limit * 2) top.pop();
  };
  for (let i = 0; i < signals.length; i++) consider(-(i + 1), signals[i]!);
  // As in fastScore: function words and bare digits weigh in the score but are named as no reason.
  for (let i = 0; i < words.length; i++) if (explainsWord(tokens, i)) consider(i, words[i]!);
  for (let i = 0; i < pairs.length; i++) if (explainsPair(tokens, i)) consider(PAIR + i, pairs[i]!);
  const seen = new Set<string>();
  const result: Contribution[] = [];
  for (const [origin, weight] of top) {
    const reason = describeOrigin(origin, features, tokens);
    if (seen.has(reason)) continue;
    seen.add(reason);
    result.push({ reason, weight });
    if (result.length === limit) break;
  }
  return result;
}

function describeOrigin(origin: number, features: SparseFeatures, tokens: Token[]): string {
  if (origin < 0) {
    const signal = features.signals[-origin - 1]!;
    return `${signal.name}: ${signal.evidence}`;
  }
  if (origin >= PAIR) return `words: ${tokens[origin - PAIR]!.text} ${tokens[origin - PAIR + 1]!.text}`;
  return `word: ${tokens[origin]!.text}`;
}

/** "number: 45 per cent ↑": the reason with the direction it pushed the check-worthiness. */
export const withDirection = ({ reason, weight }: Contribution) => `${reason} ${weight > 0 ? "↑" : "↓"}`;

export function encodeModel(model: LinearModel): ModelFile {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? Number((largest / 127).toPrecision(6)) : 1;
  const bytes = new Uint8Array(DIMENSIONS);
  for (let i = 0; i < DIMENSIONS; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(model.weights[i]! / scale))) & 0xff;
  return {
    format: "factdesk-linear-1",
    language: model.language,
    label: model.label,
    dimensionBits: DIMENSION_BITS,
    bias: Number(model.bias.toPrecision(6)),
    threshold: Number(model.threshold.toPrecision(4)),
    scale,
    weights: toBase64(bytes),
    ...(model.prior ? { prior: model.prior } : {}),
  };
}

export function decodeModel(file: ModelFile): LinearModel {
  if (file.format !== "factdesk-linear-1" || file.dimensionBits !== DIMENSION_BITS) throw new Error("not a Factdesk claim model file");
  const bytes = fromBase64(file.weights);
  if (bytes.length !== DIMENSIONS) throw new Error("the claim model file's weights have the wrong length");
  const weights = new Float32Array(DIMENSIONS);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < DIMENSIONS; i++) weights[i] = signed[i]! * file.scale;
  const prior = file.prior === "rules" ? ({ prior: "rules" } as const) : {};
  return { language: file.language, label: file.label, bias: file.bias, threshold: file.threshold, weights, quantized: { bytes: signed, scale: file.scale }, ...prior };
}

// atob/btoa exist in Node 20 and in browsers; chunks keep String.fromCharCode's argument list short.
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

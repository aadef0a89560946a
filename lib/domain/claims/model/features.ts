import { CAUSAL, COMPARISON, EVENT } from "../lexicon";
import { QUOTE_START } from "../quotes";
import type { Token } from "../tokens";
import type { Claimant, Entity } from "../types";
import { Flag } from "../word-flags";
import { hashFeature, hashPair, wordSlots } from "./hashing";

// What the linear model reads in one sentence: its words, word pairs and the words' character
// n-grams (hashed), plus the engine's structural signals. Each feature remembers where it came from
// (a word, a pair of words or a signal) so a score can be explained in words a reviewer reads.

export interface SentenceAnalysis {
  text: string;
  offset: number;
  tokens: Token[];
  entities: Entity[];
  claimant: Claimant | null;
}

/** A structural signal that fired, with the words that show it ("number: 45 per cent"). */
export interface Signal {
  name: string;
  evidence: string;
}

export interface SparseFeatures {
  slots: Int32Array;
  values: Float32Array;
  /** ≥ 0: token index (word and character n-grams); ≤ -1: signal -(origin + 1); PAIR + i: tokens i and i + 1. */
  origins: Int32Array;
  signals: Signal[];
}

export const PAIR = 1 << 20;

/**
 * The value of a structural signal that fired. The words of a sentence share one unit of length
 * (1/√n each); a handful of signals at 1 each would outweigh them, so each counts half (chosen by
 * cross-validation on ClaimBuster from 0.5, 0.7 and 1).
 */
export const SIGNAL_VALUE = 0.5;

const MAX_CACHED_WORDS = 100_000;
const wordCache = new Map<string, Int32Array>();
function slotsOf(lower: string): Int32Array {
  let slots = wordCache.get(lower);
  if (!slots) {
    if (wordCache.size >= MAX_CACHED_WORDS) wordCache.clear();
    slots = wordSlots(lower);
    wordCache.set(lower, slots);
  }
  return slots;
}

export function sentenceFeatures(analysis: SentenceAnalysis): SparseFeatures {
  const { tokens } = analysis;
  const signals = structuralSignals(analysis);
  let size = signals.length + Math.max(0, tokens.length - 1) + 2;
  const perToken: Int32Array[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) size += (perToken[i] = slotsOf(tokens[i]!.info.lower)).length;
  const slots = new Int32Array(size);
  const values = new Float32Array(size);
  const origins = new Int32Array(size);
  let n = 0;
  // Boundary pairs ("^ the", "claimed $") tell how a sentence starts and ends.
  const START = hashFeature("w", "^");
  const END = hashFeature("w", "$");
  for (let i = 0; i <= tokens.length; i++) {
    const left = i === 0 ? START : perToken[i - 1]![0]!;
    const right = i === tokens.length ? END : perToken[i]![0]!;
    if (tokens.length === 0) break;
    slots[n] = hashPair(left, right);
    origins[n++] = i === 0 ? 0 : i === tokens.length ? i - 1 : PAIR + i - 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    for (const slot of perToken[i]!) {
      slots[n] = slot;
      origins[n++] = i;
    }
  }
  // Word features share one unit of length, so long sentences do not outweigh short ones.
  const textWeight = n ? 1 / Math.sqrt(n) : 0;
  values.fill(textWeight, 0, n);
  for (let s = 0; s < signals.length; s++) {
    slots[n] = signalSlot(signals[s]!);
    values[n] = SIGNAL_VALUE;
    origins[n++] = -(s + 1);
  }
  return { slots: slots.subarray(0, n), values: values.subarray(0, n), origins: origins.subarray(0, n), signals };
}

const signalSlots = new Map<string, number>();
const lengthSlots = new Map<string, number>();
/** The slot of a signal: its name, and for length also its bucket (looked up without building "length:…" each time). */
export function signalSlot(signal: Signal): number {
  const slots = signal.name === "length" ? lengthSlots : signalSlots;
  const key = signal.name === "length" ? signal.evidence : signal.name;
  let slot = slots.get(key);
  if (slot === undefined) slots.set(key, (slot = hashFeature("s", signal.name === "length" ? `length:${key}` : key)));
  return slot;
}


// Helpers of structuralSignals live at module level rather than as closures inside it: it runs once per
// unit, and under tsx every named closure costs a call that sets its name (Object.defineProperty).
function addSignal(signals: Signal[], name: string, evidence: string): void {
  signals.push({ name, evidence });
}

const ENTITY_SIGNALS = ["number", "date", "person", "organisation", "place"] as const;

/** The first three entities of `type` as "a, b, c", or null when there is none (no array per type and unit). */
function entityList(entities: Entity[], type: Entity["type"]): string | null {
  let text: string | null = null;
  let count = 0;
  for (const entity of entities) {
    if (entity.type !== type) continue;
    text = text === null ? entity.text : `${text}, ${entity.text}`;
    if (++count === 3) break;
  }
  return text;
}

/** The first word with `flag`, when the unit has one (`seen`: all its words' flags together). */
function firstWith(tokens: Token[], seen: number, flag: Flag): string | undefined {
  if (!(seen & flag)) return undefined;
  for (const token of tokens) if (token.info.flags & flag) return token.text;
  return undefined;
}

/** The language-independent signals of the rules, as features the model weighs itself. */
export function structuralSignals({ text, offset, tokens, entities, claimant }: SentenceAnalysis): Signal[] {
  const signals: Signal[] = [];
  let seen = 0;
  for (const token of tokens) seen |= token.info.flags;
  for (const type of ENTITY_SIGNALS) {
    const found = entityList(entities, type);
    if (found !== null) addSignal(signals, type, found);
  }
  if (claimant) addSignal(signals, "reported speech", reportedSpeech(claimant, tokens));
  const trimmed = text.trim();
  if (QUOTE_START.test(trimmed)) addSignal(signals, "quotation", trimmed.slice(0, 1));
  if (/\?["“”»’]?$/.test(trimmed)) addSignal(signals, "question", "?");
  if (/!/.test(trimmed)) addSignal(signals, "exclamation", "!");
  const superlative = firstWith(tokens, seen, Flag.Superlative);
  if (superlative) addSignal(signals, "superlative", superlative);
  const comparison = seen & COMPARISON.flag && COMPARISON.firstIn(text, tokens, offset);
  if (comparison) addSignal(signals, "comparison", comparison);
  const causal = seen & CAUSAL.flag && CAUSAL.firstIn(text, tokens, offset);
  if (causal) addSignal(signals, "cause", causal);
  const event = seen & EVENT.flag && EVENT.firstIn(text, tokens, offset);
  if (event) addSignal(signals, "event", event);
  const firstPerson = firstWith(tokens, seen, Flag.FirstPerson);
  if (firstPerson) addSignal(signals, "first person", firstPerson);
  const hedge = firstWith(tokens, seen, Flag.Hedge);
  if (hedge) addSignal(signals, "hedge", hedge);
  const evaluative = firstWith(tokens, seen, Flag.Evaluative);
  if (evaluative) addSignal(signals, "evaluation", evaluative);
  const words = tokens.length;
  addSignal(signals, "length", words < 6 ? "short" : words < 25 ? "medium" : "long");
  return signals;
}

/** "Bessent claimed": the claimant with the verb of saying next to it, when there is one. */
function reportedSpeech(claimant: Claimant, tokens: Token[]): string {
  const verb = tokens.find(
    (token) => token.info.flags & Flag.SayVerb && (Math.abs(token.start - claimant.end) <= 2 || Math.abs(claimant.start - token.end) <= 2),
  );
  if (!verb) return claimant.text;
  return verb.start > claimant.start ? `${claimant.text} ${verb.text}` : `${verb.text} ${claimant.text}`;
}

import { CAUSAL, COMPARISON, EVENT } from "../lexicon";
import { QUOTE_START } from "../quotes";
import type { Token } from "../tokens";
import type { Claimant, Entity } from "../types";
import { Flag } from "../word-flags";
import { hashFeature, hashPair, wordSlots } from "./hashing";
import { oneLine } from "../../text/one-line";

// What the linear model reads in one sentence: its words, word pairs and the words' character
// n-grams (hashed), plus the engine's structural signals. Each feature remembers where it came from
// (a word, a pair of words or a signal) so a score can be explained in words a reviewer reads.

export interface SentenceAnalysis {
  text: string;
  offset: number;
  tokens: Token[];
  entities: Entity[];
  claimant: Claimant | null;
  /**
   * What the rules said, for a team model stacked on them (LinearModel.prior): their verdict becomes one
   * more signal, so a team's first decisions correct the rules instead of replacing them. Never set for
   * the shipped model, which did not learn it.
   */
  rules?: RulesVerdict;
}

/**
 * The rules' verdict as a stacked model reads it: the words a reason shows ("opinion", "35%") and the
 * signal's value (check-worthiness: the log-odds of the rules' score around their own threshold, so
 * their ranking carries over; subjectivity: 1 when they hear an opinion).
 */
export interface RulesVerdict {
  evidence: string;
  value: number;
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

/** Whether token i (or the pair i, i + 1) may be named as a reason: function words and bare digits weigh in the score but explain nothing. */
export const explainsWord = (tokens: Token[], i: number) => !(tokens[i]!.info.flags & Flag.FunctionWord);
export const explainsPair = (tokens: Token[], i: number) => !(tokens[i]!.info.flags & tokens[i + 1]!.info.flags & Flag.FunctionWord);

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
    values[n] = signalValue(signals[s]!.name, analysis);
    origins[n++] = -(s + 1);
  }
  return { slots: slots.subarray(0, n), values: values.subarray(0, n), origins: origins.subarray(0, n), signals };
}

/** What a fired signal counts: SIGNAL_VALUE, or the rules' own value for a model stacked on them. */
export const signalValue = (name: string, analysis: SentenceAnalysis) => (name === "rules" ? analysis.rules!.value : SIGNAL_VALUE);

const signalSlots = new Map<string, number>();
const lengthSlots = new Map<string, number>();
/** The slot of a signal: its name, and for length also its bucket (looked up without building "length:…" each time). */
export function signalSlot(signal: Signal): number {
  return signal.name === "length" ? lengthSlot(signal.evidence) : namedSignalSlot(signal.name);
}

export function namedSignalSlot(name: string): number {
  let slot = signalSlots.get(name);
  if (slot === undefined) signalSlots.set(name, (slot = hashFeature("s", name)));
  return slot;
}

export function lengthSlot(bucket: string): number {
  let slot = lengthSlots.get(bucket);
  if (slot === undefined) lengthSlots.set(bucket, (slot = hashFeature("s", `length:${bucket}`)));
  return slot;
}

const ENTITY_SIGNALS = ["number", "date", "person", "organisation", "place"] as const;
const LEXICON_SIGNALS = { comparison: COMPARISON, cause: CAUSAL, event: EVENT } as const;
const LEXICON_NAMES = ["comparison", "cause", "event"] as const;
const WORD_SIGNALS = { superlative: Flag.Superlative, "first person": Flag.FirstPerson, hedge: Flag.Hedge, evaluation: Flag.Evaluative } as const;

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

function hasEntity(entities: Entity[], type: Entity["type"]): boolean {
  for (let i = 0; i < entities.length; i++) if (entities[i]!.type === type) return true;
  return false;
}

/** The first word with `flag`, when the unit has one (`seen`: all its words' flags together). */
function firstWith(tokens: Token[], seen: number, flag: Flag): string | undefined {
  if (!(seen & flag)) return undefined;
  for (const token of tokens) if (token.info.flags & flag) return token.text;
  return undefined;
}

export const lengthBucket = (words: number) => (words < 6 ? "short" : words < 25 ? "medium" : "long");

/**
 * The names of the language-independent signals of the rules that fire in the unit, in a fixed order,
 * into `out`; returns how many. Scoring needs only the names; the words that show a signal
 * (signalEvidence) are worked out for the few a reason names.
 */
export function firedSignals({ text, tokens, entities, claimant, rules }: SentenceAnalysis, out: string[]): number {
  let count = 0;
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) seen |= tokens[i]!.info.flags;
  for (const type of ENTITY_SIGNALS) if (hasEntity(entities, type)) out[count++] = type;
  if (claimant) out[count++] = "reported speech";
  const trimmed = text.trim();
  if (QUOTE_START.test(trimmed)) out[count++] = "quotation";
  if (/\?["“”»’]?$/.test(trimmed)) out[count++] = "question";
  if (/!/.test(trimmed)) out[count++] = "exclamation";
  if (seen & Flag.Superlative) out[count++] = "superlative";
  for (const name of LEXICON_NAMES) {
    const lexicon = LEXICON_SIGNALS[name];
    if (seen & lexicon.flag && lexicon.find(tokens)) out[count++] = name;
  }
  if (seen & Flag.FirstPerson) out[count++] = "first person";
  if (seen & Flag.Hedge) out[count++] = "hedge";
  if (seen & Flag.Evaluative) out[count++] = "evaluation";
  out[count++] = "length";
  if (rules) out[count++] = "rules";
  return count;
}

/** The words that show the fired signal `name` in the unit ("number: 45 per cent", "reported speech: Bessent claimed"). */
export function signalEvidence(analysis: SentenceAnalysis, name: string): string {
  // A reason is one line: words wrapped across a hard line break ("the⏎organisers") are shown with a space.
  return oneLine(evidenceOf(analysis, name));
}

function evidenceOf({ text, offset, tokens, entities, claimant, rules }: SentenceAnalysis, name: string): string {
  if (name === "length") return lengthBucket(tokens.length);
  if (name === "rules") return rules?.evidence ?? "";
  if (name === "reported speech") return reportedSpeech(claimant!, tokens);
  if (name === "quotation") return text.trim().slice(0, 1);
  if (name === "question") return "?";
  if (name === "exclamation") return "!";
  if (Object.hasOwn(LEXICON_SIGNALS, name)) return LEXICON_SIGNALS[name as keyof typeof LEXICON_SIGNALS].firstIn(text, tokens, offset) ?? "";
  if (Object.hasOwn(WORD_SIGNALS, name)) return firstWith(tokens, ~0, WORD_SIGNALS[name as keyof typeof WORD_SIGNALS]) ?? "";
  return entityList(entities, name as Entity["type"]) ?? "";
}

/** The language-independent signals of the rules, as features the model weighs itself. */
export function structuralSignals(analysis: SentenceAnalysis): Signal[] {
  const names: string[] = [];
  const count = firedSignals(analysis, names);
  const signals: Signal[] = [];
  for (let i = 0; i < count; i++) signals.push({ name: names[i]!, evidence: signalEvidence(analysis, names[i]!) });
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

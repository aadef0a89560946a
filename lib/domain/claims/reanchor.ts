import { TrigramIndex } from "../text/trigram-index";
import { isLetterCode } from "../text/is-letter-code";
import { DisjointSpans } from "./disjoint-spans";
import { alignTexts, type TextAlignment } from "./text-alignment";
import type { Entity, Span, Unit } from "./types";

export interface AnchoredClaim extends Span {
  id: string;
  /** The claim's verbatim text in the previous version of the article. */
  text: string;
  /** Found verbatim or not at all (a claim with a final verdict: its words are what was rated). */
  exactOnly?: boolean;
}

export type Reanchoring =
  /** `verbatim`: the claim's own words, in a sentence that changed around them (check it before trusting it). */
  | { id: string; state: "ok" | "reanchored"; start: number; end: number; verbatim?: true }
  | { id: string; state: "orphaned" };

/** Below this trigram similarity a changed sentence is no longer "the same claim". */
export const FUZZY_ANCHOR_THRESHOLD = 0.5;

/**
 * Finds each claim of the old text in the edited text: first the verbatim text (the occurrence nearest
 * to where the claim used to be, proportionally), then the most similar changed unit of the new text.
 * Claims found neither way are orphaned, never dropped; two claims are never anchored to overlapping spans.
 * A sentence that stood word for word in the old text is no claim's new wording: "… 50 million …" edited
 * to "… 50 thousand …" must not move onto the untouched "… 170 million …" beside it (probe of stop 29).
 */
export function reanchorClaims(
  claims: AnchoredClaim[],
  oldText: string,
  newText: string,
  newUnits: Span[],
): Reanchoring[] {
  const oldLength = oldText.length;
  const taken = new DisjointSpans();
  const expectedAt = (claim: AnchoredClaim) => (oldLength === 0 ? 0 : (claim.start / oldLength) * newText.length);
  const results = new Map<string, Reanchoring>();

  const ends = commonEnds(oldText, newText);
  const alignment = alignTexts(oldText, newText);
  const copies = new Occurrences(oldText, newText);
  const unitAt = new Map(newUnits.map((unit) => [unit.start, unit.end]));
  // An orphan's offsets are from an older text: only its words in that place count.
  const stillAnchored = (claim: AnchoredClaim) => oldText.slice(claim.start, claim.end) === claim.text;
  const place = (claim: AnchoredClaim, span: Span | null) => {
    if (!span || newText.slice(span.start, span.end) !== claim.text || !taken.isFree(span) || !wordBounded(newText, span)) return;
    // The same words in a sentence that changed around them ("200 people died" in "1200 people died", "42 bridges
    // collapsed" in "It is a myth that 42 bridges collapsed"; hostile probe of stop 36) are no longer the statement
    // rated: a final verdict's claim is orphaned, another is flagged for a reviewer to check.
    const sameSentence = stillAnchored(claim) ? sentenceUnchanged(oldText, claim, newText, span) : unitAt.get(span.start) === span.end;
    if (!sameSentence && claim.exactOnly) return;
    taken.add(span);
    results.set(claim.id, sameSentence ? { id: claim.id, state: "ok", ...span } : { id: claim.id, state: "reanchored", ...span, verbatim: true });
  };
  // Exact matches first, for every claim, so a fuzzy match cannot take a span another claim owns verbatim: claims in
  // sentences the edit left alone first (where the alignment or the text's unchanged ends put them), then the others
  // at a copy of their words.
  for (const claim of claims) if (stillAnchored(claim)) place(claim, alignment?.moved(claim) ?? null);
  for (const claim of claims) if (!results.has(claim.id) && stillAnchored(claim)) place(claim, keptInPlace(claim, ends, oldLength, newText.length));
  for (const claim of claims) {
    if (results.has(claim.id)) continue;
    place(claim, nearest(ownOccurrences(claim, copies, alignment).filter((candidate) => taken.isFree(candidate) && wordBounded(newText, candidate)), expectedAt(claim)));
  }

  const fuzzy = claims.filter((claim) => !results.has(claim.id) && !claim.exactOnly);
  for (const claim of claims) if (!results.has(claim.id) && claim.exactOnly) results.set(claim.id, { id: claim.id, state: "orphaned" });
  if (fuzzy.length > 0) {
    const index = new TrigramIndex(newUnits.map((unit) => newText.slice(unit.start, unit.end)));
    const stoodInOldText = unchangedUnitTest(oldText, newText, newUnits, index, ends);
    for (const claim of fuzzy) {
      const expected = expectedAt(claim);
      // The most similar free unit; of equally similar ones the nearest to where the claim was, then the first.
      const ranked = index
        .similar(claim.text, FUZZY_ANCHOR_THRESHOLD)
        .filter(({ index: at }) => taken.isFree(newUnits[at]!))
        .sort((a, b) => b.score - a.score || distance(newUnits[a.index]!, expected) - distance(newUnits[b.index]!, expected) || a.index - b.index);
      const found = ranked.find(({ index: at }) => !stoodInOldText(at));
      if (found) {
        const span = newUnits[found.index]!;
        taken.add(span);
        results.set(claim.id, { id: claim.id, state: "reanchored", start: span.start, end: span.end });
      } else {
        results.set(claim.id, { id: claim.id, state: "orphaned" });
      }
    }
  }
  return claims.map((claim) => results.get(claim.id)!);
}

/** How many characters the old and the new text begin with alike, and how many they end with alike (each as long as it goes). */
interface CommonEnds {
  prefix: number;
  suffix: number;
}

function commonEnds(oldText: string, newText: string): CommonEnds {
  const shortest = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shortest && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * A claim in the part of the text the edit left alone, where it is in the new text. Measured from both
 * ends, an edit next to a copy of the claim's sentence can be read either way: "A. A. B." edited to
 * "A. B." deleted the first or the second "A.". The claim keeps the sentence (hostile probe of stop 35:
 * the surroundings gave it to the untouched copy, and the claim with comments was orphaned).
 */
function keptInPlace(claim: Span, { prefix, suffix }: CommonEnds, oldLength: number, newLength: number): Span | null {
  if (claim.end <= prefix) return { start: claim.start, end: claim.end };
  const shift = newLength - oldLength;
  if (claim.start >= oldLength - suffix) return { start: claim.start + shift, end: claim.end + shift };
  return null;
}

/**
 * Whether a unit of the new text stood word for word in the old text. Units inside the part both texts
 * begin or end with did; for the others the old text is searched once per distinct sentence, and only
 * for a claim's best candidates (hostile probe of stop 35: searched once per claim and unit, 500 claims
 * against 20,000 edited sentences held the server for over an hour).
 */
function unchangedUnitTest(oldText: string, newText: string, newUnits: Span[], index: TrigramIndex, { prefix, suffix }: CommonEnds) {
  const known = new Map<number, boolean>();
  return (at: number): boolean => {
    const unit = newUnits[at]!;
    if (unit.end <= prefix || unit.start >= newText.length - suffix) return true;
    const entry = index.entryOf(at);
    let stood = known.get(entry);
    if (stood === undefined) known.set(entry, (stood = oldText.includes(newText.slice(unit.start, unit.end))));
    return stood;
  };
}

/**
 * Where the claim's own words stand in the new text. When the old text held the same sentence more than
 * once, each occurrence in the new text is matched to the old occurrence whose surroundings it shares
 * most; the claim takes only its own. Reworded or deleted, its sentence leaves it to the fuzzy pass or
 * orphaned: it never takes an unchanged copy elsewhere (a final verdict moved onto one: re-probe of stop 29).
 */
function ownOccurrences(claim: AnchoredClaim, copies: Occurrences, alignment: TextAlignment | null): Span[] {
  const { oldText, newText } = copies;
  const before = copies.inOld(claim.text);
  const own = before.length === 0 ? null : before.reduce((best, span) => (Math.abs(span.start - claim.start) < Math.abs(best.start - claim.start) ? span : best));
  // A copy the edit left where another old copy stood is that copy, never this claim's own (hostile re-probe of stop 36:
  // a final verdict on the edited one of eight identical sentences moved onto the unchanged copy after it).
  const othersStayed = new Set<number>();
  if (alignment && before.length * 2 <= MAX_COMPARED_COPIES) {
    for (const old of before) if (old !== own) othersStayed.add(alignment.moved(old)?.start ?? -1);
  }
  const found = copies.inNew(claim.text).filter((span) => !othersStayed.has(span.start));
  if (before.length <= 1 || found.length === 0) return found;
  // A sentence standing hundreds of times ("Yes.") would compare every pair of copies; the copies the edit left in
  // place kept their claims already (text-alignment.ts), and which other copy is this claim's cannot be told.
  if (found.length * before.length > MAX_COMPARED_COPIES) return [];
  return found.filter((span) => {
    const scores = before.map((old) => sharedSurroundings(oldText, old, newText, span));
    const best = Math.max(...scores);
    // Surroundings that say nothing (equal for several) leave the order of occurrences to decide.
    const winners = before.filter((_, index) => scores[index] === best);
    return winners.length === 1 ? winners[0] === own : before.indexOf(own!) === found.indexOf(span);
  });
}

const MAX_COMPARED_COPIES = 10_000;
const SURROUNDINGS = 80;
/** How many characters right before and right after the two spans agree. */
function sharedSurroundings(oldText: string, old: Span, newText: string, span: Span): number {
  let shared = 0;
  while (shared < SURROUNDINGS && old.start - shared > 0 && span.start - shared > 0 && oldText[old.start - shared - 1] === newText[span.start - shared - 1]) shared++;
  let after = 0;
  while (after < SURROUNDINGS && old.end + after < oldText.length && span.end + after < newText.length && oldText[old.end + after] === newText[span.end + after]) after++;
  return shared + after;
}

/**
 * Where each claim text stands in the old and the new text, searched once per distinct text (2,000 claims on one
 * sentence repeated 40,000 times searched it 80 million times: hostile probe of stop 36). Past MAX_COPIES copies the
 * list stops; ownOccurrences leaves such a claim to the fuzzy pass then.
 */
class Occurrences {
  private readonly old = new Map<string, Span[]>();
  private readonly new = new Map<string, Span[]>();
  constructor(
    readonly oldText: string,
    readonly newText: string,
  ) {}
  inOld = (needle: string) => cached(this.old, this.oldText, needle);
  inNew = (needle: string) => cached(this.new, this.newText, needle);
}
const MAX_COPIES = 20_000;
function cached(cache: Map<string, Span[]>, text: string, needle: string): Span[] {
  let spans = cache.get(needle);
  if (!spans) cache.set(needle, (spans = occurrences(text, needle)));
  return spans;
}
function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at !== -1 && spans.length < MAX_COPIES; at = text.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/** Neither end of the span cuts a word or number in two ("200 people" inside "1200 people"). */
function wordBounded(text: string, span: Span): boolean {
  const inWord = (at: number) => at > 0 && at < text.length && isWordCode(text.charCodeAt(at - 1)) && isWordCode(text.charCodeAt(at));
  return !inWord(span.start) && !inWord(span.end);
}
const isWordCode = (code: number) => isLetterCode(code) || (code >= 48 && code <= 57);

/**
 * Whether the sentence around the claim reads the same before and after the edit: the words from the last sentence
 * end before the claim and up to the next one after it (at most SENTENCE_REACH characters each way).
 */
function sentenceUnchanged(oldText: string, old: Span, newText: string, span: Span): boolean {
  return sentenceStartBefore(oldText, old.start) === sentenceStartBefore(newText, span.start) && sentenceEndAfter(oldText, old.end) === sentenceEndAfter(newText, span.end);
}
const SENTENCE_REACH = 400;
const ENDS_SENTENCE = /[.!?…][“”"»«’)\]]*$/;
// A line break ends a sentence only after its punctuation or as a blank line: "It is a myth that\n" goes on into the next
// line, as the engine reads hard-wrapped text (hostile re-probe of stop 36: the claim below stayed "ok").
const SENTENCE_END = /[.!?…][“”"»«’)\]]*\s+|\n[^\S\n]*\n/g;
function sentenceStartBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(before); match; match = SENTENCE_END.exec(before)) cut = match.index + match[0].length;
  return before.slice(cut);
}
function sentenceEndAfter(text: string, at: number): string {
  // A claim that ends its sentence ("… 5 percent.") has nothing after it in the sentence.
  if (ENDS_SENTENCE.test(text.slice(Math.max(0, at - 4), at))) return "";
  const after = text.slice(at, at + SENTENCE_REACH);
  SENTENCE_END.lastIndex = 0;
  const match = SENTENCE_END.exec(after);
  return match ? after.slice(0, match.index) : after;
}

function distance(span: Span, expected: number): number {
  return Math.abs(span.start - expected);
}

function nearest(spans: Span[], expected: number): Span | null {
  let best: Span | null = null;
  for (const span of spans) if (!best || distance(span, expected) < distance(best, expected)) best = span;
  return best;
}

/** What a kept claim stored about its text that points into the text: the engine's claimant, entities and wording. */
export interface AnchoredFields {
  claimantText: string | null;
  claimantStart: number | null;
  claimantEnd: number | null;
  entities: Entity[];
  suggestedWording: string | null;
}

/**
 * A re-anchored claim's engine fields for the new text. Found verbatim ("ok"), it is the same text
 * somewhere else: the offsets move with it. Re-anchored to a changed sentence, that sentence is one of
 * the new extraction's units: its claimant, entities and wording replace the old text's (which named
 * places that are no longer there, or no longer true of the words).
 */
export function fieldsAfterReanchoring(before: AnchoredFields & Span, after: Reanchoring, unitsByStart: ReadonlyMap<number, Unit>): AnchoredFields {
  const { claimantText, claimantStart, claimantEnd, entities, suggestedWording } = before;
  const unchanged = { claimantText, claimantStart, claimantEnd, entities, suggestedWording };
  if (after.state === "orphaned") return unchanged;
  if (after.state === "ok" || after.verbatim) {
    const shift = after.start - before.start;
    const move = (at: number | null) => (at === null ? null : at + shift);
    return {
      ...unchanged,
      claimantStart: move(claimantStart),
      claimantEnd: move(claimantEnd),
      entities: entities.map((entity) => ({ ...entity, start: entity.start + shift, end: entity.end + shift })),
    };
  }
  const unit = unitsByStart.get(after.start);
  if (!unit || unit.end !== after.end) return unchanged;
  return {
    claimantText: unit.claimant?.text ?? null,
    claimantStart: unit.claimant?.start ?? null,
    claimantEnd: unit.claimant?.end ?? null,
    entities: unit.entities,
    suggestedWording: unit.suggestedWording || null,
  };
}

import { TrigramIndex } from "../text/trigram-index";
import { DisjointSpans } from "./disjoint-spans";
import type { Entity, Span, Unit } from "./types";

export interface AnchoredClaim extends Span {
  id: string;
  /** The claim's verbatim text in the previous version of the article. */
  text: string;
  /** Found verbatim or not at all (a claim with a final verdict: its words are what was rated). */
  exactOnly?: boolean;
}

export type Reanchoring =
  | { id: string; state: "ok" | "reanchored"; start: number; end: number }
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
  // Exact matches first, for every claim, so a fuzzy match cannot take a span another claim owns verbatim.
  for (const claim of claims) {
    // An orphan's offsets are from an older text: only its words in that place count.
    const kept = keptInPlace(claim, ends, oldLength, newText.length);
    const span = kept && newText.slice(kept.start, kept.end) === claim.text && taken.isFree(kept) ? kept : nearest(ownOccurrences(claim, oldText, newText).filter((candidate) => taken.isFree(candidate)), expectedAt(claim));
    if (span) {
      taken.add(span);
      results.set(claim.id, { id: claim.id, state: "ok", ...span });
    }
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
function ownOccurrences(claim: AnchoredClaim, oldText: string, newText: string): Span[] {
  const found = occurrences(newText, claim.text);
  const before = occurrences(oldText, claim.text);
  if (before.length <= 1 || found.length === 0) return found;
  const own = before.reduce((best, span) => (Math.abs(span.start - claim.start) < Math.abs(best.start - claim.start) ? span : best));
  // A short sentence standing hundreds of times ("Yes.") would compare every pair of copies: the order decides.
  if (found.length * before.length > MAX_COMPARED_COPIES) return found.filter((_, index) => index === before.indexOf(own));
  return found.filter((span) => {
    const scores = before.map((old) => sharedSurroundings(oldText, old, newText, span));
    const best = Math.max(...scores);
    // Surroundings that say nothing (equal for several) leave the order of occurrences to decide.
    const winners = before.filter((_, index) => scores[index] === best);
    return winners.length === 1 ? winners[0] === own : before.indexOf(own) === found.indexOf(span);
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

function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
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
  if (after.state === "ok") {
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

import { trigramSimilarity, trigrams } from "../text/trigrams";
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
  const taken: Span[] = [];
  const free = (span: Span) => !taken.some((t) => t.start < span.end && span.start < t.end);
  const expectedAt = (claim: AnchoredClaim) => (oldLength === 0 ? 0 : (claim.start / oldLength) * newText.length);
  const results = new Map<string, Reanchoring>();

  // Exact matches first, for every claim, so a fuzzy match cannot take a span another claim owns verbatim.
  for (const claim of claims) {
    const span = nearest(ownOccurrences(claim, oldText, newText).filter(free), expectedAt(claim));
    if (span) {
      taken.push(span);
      results.set(claim.id, { id: claim.id, state: "ok", ...span });
    }
  }

  const unitGrams = newUnits.map((unit) => trigrams(newText.slice(unit.start, unit.end)));
  // Whether a unit stood word for word in the old text, looked up once per unit, not once per claim and unit (hostile
  // probe of stop 35: 500 reviewed claims against 20,000 edited sentences searched the old text ten million times
  // and held the server for over an hour).
  const inOldText = new Map<number, boolean>();
  const stoodInOldText = (index: number) => {
    let known = inOldText.get(index);
    if (known === undefined) inOldText.set(index, (known = oldText.includes(newText.slice(newUnits[index]!.start, newUnits[index]!.end))));
    return known;
  };
  for (const claim of claims) {
    if (results.has(claim.id)) continue;
    if (claim.exactOnly) {
      results.set(claim.id, { id: claim.id, state: "orphaned" });
      continue;
    }
    const grams = trigrams(claim.text);
    const expected = expectedAt(claim);
    let found: { span: Span; score: number } | null = null;
    for (const [index, unit] of newUnits.entries()) {
      if (!free(unit)) continue;
      const score = trigramSimilarity(grams, unitGrams[index]!);
      if (score < FUZZY_ANCHOR_THRESHOLD || stoodInOldText(index)) continue;
      const better = !found || score > found.score || (score === found.score && distance(unit, expected) < distance(found.span, expected));
      if (better) found = { span: unit, score };
    }
    if (found) {
      taken.push(found.span);
      results.set(claim.id, { id: claim.id, state: "reanchored", start: found.span.start, end: found.span.end });
    } else {
      results.set(claim.id, { id: claim.id, state: "orphaned" });
    }
  }
  return claims.map((claim) => results.get(claim.id)!);
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
  return found.filter((span) => {
    const scores = before.map((old) => sharedSurroundings(oldText, old, newText, span));
    const best = Math.max(...scores);
    // Surroundings that say nothing (equal for several) leave the order of occurrences to decide.
    const winners = before.filter((_, index) => scores[index] === best);
    return winners.length === 1 ? winners[0] === own : before.indexOf(own) === found.indexOf(span);
  });
}

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
export function fieldsAfterReanchoring(before: AnchoredFields & Span, after: Reanchoring, newUnits: Unit[]): AnchoredFields {
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
  const unit = newUnits.find((candidate) => candidate.start === after.start && candidate.end === after.end);
  if (!unit) return unchanged;
  return {
    claimantText: unit.claimant?.text ?? null,
    claimantStart: unit.claimant?.start ?? null,
    claimantEnd: unit.claimant?.end ?? null,
    entities: unit.entities,
    suggestedWording: unit.suggestedWording || null,
  };
}

import { describe, expect, it } from "vitest";
import { DisjointSpans } from "@/lib/domain/claims/disjoint-spans";
import { reanchorClaims, FUZZY_ANCHOR_THRESHOLD, type AnchoredClaim } from "@/lib/domain/claims/reanchor";
import type { Span } from "@/lib/domain/claims/types";
import { TrigramIndex } from "@/lib/domain/text/trigram-index";
import { trigramSimilarity } from "@/lib/domain/text/trigrams";

// Re-anchoring compares every reviewed claim with every sentence of the edited text. It does so through
// an index now (hostile probe of stop 35); these tests hold the index to the plain pairwise definitions.

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const WORDS = ["Die", "Stadt", "zahlte", "50", "Millionen", "Euro", "für", "Busse", "im", "Jahr", "2023", "the", "city", "spent", "on", "roads", "Öl", "Indien"];
const sentenceFrom = (next: () => number) => `${Array.from({ length: 3 + Math.floor(next() * 8) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ")}.`;

describe("TrigramIndex", () => {
  it("finds exactly the texts at or above the threshold, with pg_trgm's score, once per position", () => {
    const next = random(7);
    const texts = Array.from({ length: 300 }, () => sentenceFrom(next));
    texts.push(texts[3]!, texts[3]!, "", "!!!");
    const index = new TrigramIndex(texts);
    for (let query = 0; query < 60; query++) {
      const text = sentenceFrom(next);
      for (const threshold of [0.3, FUZZY_ANCHOR_THRESHOLD, 0.8]) {
        const expected = texts.flatMap((candidate, at) => {
          const score = trigramSimilarity(text, candidate);
          return score >= threshold ? [{ index: at, score }] : [];
        });
        expect(index.similar(text, threshold).sort((a, b) => a.index - b.index)).toEqual(expected);
      }
    }
    expect(index.entryOf(texts.length - 3)).toBe(index.entryOf(3));
    expect(index.entryOf(4)).not.toBe(index.entryOf(3));
  });
});

describe("DisjointSpans", () => {
  it("answers as a walk over every span would", () => {
    const next = random(11);
    const spans = new DisjointSpans();
    const taken: Span[] = [];
    for (let step = 0; step < 2000; step++) {
      const start = Math.floor(next() * 1000);
      const span = { start, end: start + Math.floor(next() * 30) };
      const free = !taken.some((other) => other.start < span.end && span.start < other.end);
      expect(spans.isFree(span), `${span.start}-${span.end}`).toBe(free);
      if (free && span.end > span.start && next() < 0.5) {
        spans.add(span);
        taken.push(span);
      }
    }
    expect(taken.length).toBeGreaterThan(20);
  });
});

/** Re-anchoring as it was defined before the index: every claim against every unit, in order. */
function pairwiseFuzzy(claims: AnchoredClaim[], oldText: string, newText: string, units: Span[], exact: Map<string, Span>) {
  const taken = [...exact.values()];
  const free = (span: Span) => !taken.some((other) => other.start < span.end && span.start < other.end);
  const results = new Map<string, Span | null>();
  for (const claim of claims) {
    if (exact.has(claim.id)) continue;
    const expected = oldText.length === 0 ? 0 : (claim.start / oldText.length) * newText.length;
    let found: { span: Span; score: number } | null = null;
    for (const unit of units) {
      if (!free(unit)) continue;
      const score = trigramSimilarity(claim.text, newText.slice(unit.start, unit.end));
      if (score < FUZZY_ANCHOR_THRESHOLD || oldText.includes(newText.slice(unit.start, unit.end))) continue;
      const nearer = found && Math.abs(unit.start - expected) < Math.abs(found.span.start - expected);
      if (!found || score > found.score || (score === found.score && nearer)) found = { span: unit, score };
    }
    if (found) taken.push(found.span);
    results.set(claim.id, found?.span ?? null);
  }
  return results;
}

describe("re-anchoring through the index", () => {
  it("anchors each claim where the pairwise comparison does, over random edits", () => {
    const next = random(23);
    const states = { ok: 0, reanchored: 0, orphaned: 0 };
    for (let round = 0; round < 40; round++) {
      const sentences = Array.from({ length: 40 }, () => sentenceFrom(next));
      const oldText = sentences.join(" ");
      const edited = sentences.map((sentence) => (next() < 0.6 ? sentence.replace(/\w+/, (word) => (next() < 0.5 ? `${word}n` : WORDS[Math.floor(next() * WORDS.length)]!)) : sentence));
      const newText = edited.join(" ");
      let at = 0;
      const spans = (list: string[]) => list.map((sentence) => ({ start: (at = (list === sentences ? oldText : newText).indexOf(sentence, at)), end: (at += sentence.length) }));
      const oldSpans = spans(sentences);
      at = 0;
      const units = spans(edited);
      const claims = oldSpans.filter(() => next() < 0.5).map((span, i) => ({ id: `c${i}`, ...span, text: oldText.slice(span.start, span.end) }));

      const results = reanchorClaims(claims, oldText, newText, units);
      // Found verbatim ("ok", or the same words in a changed sentence): the exact pass, before any fuzzy match.
      const exact = new Map(results.flatMap((result) => (result.state === "ok" || (result.state === "reanchored" && result.verbatim) ? [[result.id, { start: result.start, end: result.end }] as const] : [])));
      for (const [id, span] of exact) expect(newText.slice(span.start, span.end)).toBe(claims.find((claim) => claim.id === id)!.text);
      const expected = pairwiseFuzzy(claims, oldText, newText, units, exact);
      for (const result of results) {
        states[result.state]++;
        if (exact.has(result.id)) continue;
        const span = expected.get(result.id);
        expect(result, `round ${round}`).toEqual(span ? { id: result.id, state: "reanchored", ...span } : { id: result.id, state: "orphaned" });
      }
    }
    // Every path was taken many times.
    expect(Math.min(states.ok, states.reanchored, states.orphaned), JSON.stringify(states)).toBeGreaterThan(10);
  });
});

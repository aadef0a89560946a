import { isBlankCode } from "../text/is-space-code";
import type { Span } from "./types";

// Span arithmetic for claims people add, split and merge: offsets always index the article body,
// and a claim never starts or ends with whitespace or an invisible character.

/** `span` without surrounding whitespace and invisible characters, or null when nothing else is left. */
export function trimmedSpan(body: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && isBlankCode(body.charCodeAt(start))) start++;
  while (end > start && isBlankCode(body.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The two parts of `span` cut at `at` (trimmed), or null when either part would be empty. */
export function splitSpan(body: string, span: Span, at: number): [Span, Span] | null {
  if (at <= span.start || at >= span.end) return null;
  const first = trimmedSpan(body, { start: span.start, end: at });
  const second = trimmedSpan(body, { start: at, end: span.end });
  return first && second ? [first, second] : null;
}

/** True when no span of `others` lies between `a` and `b` (in either order). */
export function adjacent(a: Span, b: Span, others: Span[]): boolean {
  const [left, right] = a.start <= b.start ? [a, b] : [b, a];
  if (overlaps(left, right)) return false;
  return !others.some((other) => other.start >= left.end && other.end <= right.start && other.end > other.start);
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * True when `at` lies inside a word ("pric|es") or inside one visible character made of several code
 * points (a family emoji joined by zero-width joiners, a letter with a combining accent).
 */
export function insideWord(body: string, at: number): boolean {
  if (at <= 0 || at >= body.length) return false;
  if (WORD_CHARACTER.test(body[at - 1]!) && WORD_CHARACTER.test(body[at]!)) return true;
  return insideCharacter(body, at);
}

/**
 * True when `at` falls inside one visible character made of several code points: a flag (two regional
 * indicators), a family emoji joined by zero-width joiners, a letter with a combining accent.
 */
export function insideCharacter(body: string, at: number): boolean {
  if (at <= 0 || at >= body.length) return false;
  // Only the characters around the cut are segmented: a grapheme is a few code points at most.
  const from = Math.max(0, at - 32);
  for (const { index } of graphemes.segment(body.slice(from, Math.min(body.length, at + 32)))) {
    if (from + index === at) return false;
    if (from + index > at) return true;
  }
  return true;
}

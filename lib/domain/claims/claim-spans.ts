import type { Span } from "./types";

// Span arithmetic for claims people add, split and merge: offsets always index the article body,
// and a claim never starts or ends with whitespace.

/** `span` without surrounding whitespace, or null when nothing but whitespace is left. */
export function trimmedSpan(body: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
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

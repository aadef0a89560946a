import type { Span } from "./types";

/**
 * Spans that never overlap one another (the sentences given to claims), kept in order so asking
 * whether a span is still free is a binary search, not a walk over every span taken so far.
 */
export class DisjointSpans {
  private readonly spans: Span[] = [];

  constructor(spans: Iterable<Span> = []) {
    for (const span of spans) this.add(span);
  }

  /** Whether `span` overlaps none of the spans. */
  isFree(span: Span): boolean {
    // Ordered by start and never overlapping, the spans are ordered by end too: the first one that ends
    // after this span starts is the only one that can overlap it.
    const next = this.spans[this.firstEndingAfter(span.start)];
    return !next || next.start >= span.end;
  }

  /** Adds a span that overlaps none of the spans (check with `isFree`). */
  add(span: Span) {
    this.spans.splice(this.firstEndingAfter(span.start), 0, span);
  }

  private firstEndingAfter(at: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.spans[middle]!.end > at) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

import type { TextSpan } from "./paragraphs";

export interface HighlightSpan extends TextSpan {
  id: string;
}

export interface Piece extends TextSpan {
  /** The claim this piece of text belongs to, or null for plain text. */
  claimId: string | null;
}

/**
 * Cuts one paragraph into plain and highlighted pieces. Claims may cross paragraph borders (a quote
 * over two lines), so each paragraph gets the part of a claim that falls inside it; where claims
 * overlap, the one that starts first keeps the text.
 */
export function highlightPieces(paragraph: TextSpan, claims: HighlightSpan[]): Piece[] {
  const inside = claims
    .filter((claim) => claim.start < paragraph.end && paragraph.start < claim.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let cursor = paragraph.start;
  for (const claim of inside) {
    const start = Math.max(claim.start, cursor);
    const end = Math.min(claim.end, paragraph.end);
    if (end <= start) continue;
    if (start > cursor) pieces.push({ start: cursor, end: start, claimId: null });
    pieces.push({ start, end, claimId: claim.id });
    cursor = end;
  }
  if (cursor < paragraph.end) pieces.push({ start: cursor, end: paragraph.end, claimId: null });
  return pieces;
}

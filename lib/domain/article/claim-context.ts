import { paragraphSpans } from "./paragraphs";

export interface ClaimContext {
  before: string;
  claim: string;
  after: string;
  /** Text was cut at the start or end of a very long paragraph. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Longest context shown on either side of the claim, so a paragraph-less text does not end up on the page whole. */
const MAX_SIDE = 600;

/**
 * The paragraph(s) a claim sits in, split around the claim (UTF-16 offsets into `body`). Very long
 * paragraphs are cut at a word boundary near MAX_SIDE characters from the claim.
 */
export function claimContext(body: string, start: number, end: number): ClaimContext | null {
  if (start < 0 || end > body.length || end <= start) return null;
  const spans = paragraphSpans(body).filter((span) => span.start < end && start < span.end);
  const from = Math.min(start, spans[0]?.start ?? start);
  const to = Math.max(end, spans.at(-1)?.end ?? end);
  const beforeStart = Math.max(from, start - MAX_SIDE);
  const afterEnd = Math.min(to, end + MAX_SIDE);
  return {
    before: trimToWord(body.slice(beforeStart, start), "start", beforeStart > from),
    claim: body.slice(start, end),
    after: trimToWord(body.slice(end, afterEnd), "end", afterEnd < to),
    clippedBefore: beforeStart > from,
    clippedAfter: afterEnd < to,
  };
}

function trimToWord(text: string, side: "start" | "end", clipped: boolean): string {
  if (!clipped) return text;
  if (side === "start") {
    const space = text.indexOf(" ");
    return space >= 0 ? text.slice(space + 1) : text;
  }
  const space = text.lastIndexOf(" ");
  return space >= 0 ? text.slice(0, space) : text;
}

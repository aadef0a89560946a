// Text as the PDF's line breaker can lay it out in time proportional to its length. PDFKit measures a word too
// long for a line again and again as it cuts it, and shapes every combining mark: one 2,000-letter word or a letter
// under 3,000 accents (hostile probe of stop 46: a 5,001-character rationale) took over 30 seconds, and a public
// link to it kept a team's PDF worker busy. Marks past the fourth on one letter are dropped (no script needs more),
// and a word longer than a line gets a zero-width space (a break chance that shows nothing) every few letters.

const MARK_PILE = /(\p{M}{4})\p{M}+/gu;
// Where a line may break: breaking spaces only. No-break spaces (U+00A0, U+2007, U+202F) and the word joiner glue a run
// together for the line breaker, so they belong to it (re-probe of stop 46: letters joined by U+2007 took 23 s again).
const LONG_RUN = /[^\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000]{48,}/gu;
const STEP = 24;

export function pdfSafeText(text: string): string {
  const marked = text.replace(MARK_PILE, "$1");
  return marked.replace(LONG_RUN, (run) => {
    const pieces: string[] = [];
    // By code point, so that no surrogate pair is cut in half.
    const points = Array.from(run);
    for (let i = 0; i < points.length; i += STEP) pieces.push(points.slice(i, i + STEP).join(""));
    return pieces.join("\u200b");
  });
}

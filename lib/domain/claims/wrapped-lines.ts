import { isBlankCode, isLineBreakCode } from "../text/is-space-code";

// Where a line ends a sentence, and whether a line break is only where hard-wrapped text reached its width:
// the two tests segment-sentences.ts's continuesLine asks of a line break.

// A sentence end: [.!?…:;], closing quotation marks or brackets, emphasis marks of messengers ("….*", "…._"), spaces ("…“ ").
const isSentenceEndMark = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58 || code === 59;
const isClosingMark = (code: number) =>
  code === 34 || code === 0x201c || code === 0x201d || code === 0xbb || code === 0xab || code === 0x2019 || code === 41 || code === 93 || code === 42 || code === 95;

/** True when text[from, to) ends in a sentence end: read backwards, as an end-anchored pattern would scan it all. */
export function endsSentence(text: string, from: number, to: number): boolean {
  let at = to;
  while (at > from && isBlankCode(text.charCodeAt(at - 1))) at--;
  while (at > from && isClosingMark(text.charCodeAt(at - 1))) at--;
  return at > from && isSentenceEndMark(text.charCodeAt(at - 1));
}

// Hard-wrapped text (PDFs, newsletters, mail) breaks its lines near one width, whatever word comes next:
// "… hit 21.1 degrees Celsius in\nAugust, according to …", and in German before any noun. Such a break:
// the line has no sentence end, another line of the paragraph reaches about as far (the width shows twice),
// and the next line's first word would not have fitted on it. Short lines (headings, labels), lines of
// capitals and a list of titles of different lengths stay apart.
const MIN_WRAPPED_LINE = 30;
const MAX_WRAP_WIDTH = 120;
const SAME_WIDTH = 12;
const NEIGHBOUR_LINES = 3;
export function wrappedAtWidth(text: string, lineStart: number, breakAt: number, nextStart: number): boolean {
  const length = trimmedLength(text, lineStart, breakAt);
  if (length < MIN_WRAPPED_LINE || length > MAX_WRAP_WIDTH || !/\p{Ll}/u.test(text.slice(lineStart, breakAt))) return false;
  const next = lineAt(text, nextStart);
  let firstWord = 0;
  while (firstWord < next.length && !isBlankCode(next.charCodeAt(firstWord))) firstWord++;
  // The paragraph's other lines: a few before this one and after the next (none across a blank line).
  const nextLength = next.trim().length;
  const others = [...linesBefore(text, lineStart), ...linesAfter(text, nextStart + next.length)];
  const width = Math.max(length, nextLength, ...others);
  if (width > MAX_WRAP_WIDTH || length + 1 + firstWord <= width - 2) return false;
  // The next line shows the width only when it is wrapped itself: a heading above a one-line sentence of
  // about its length ("Russland und Indien rüsten auf\nDie Regierung plant neue Verträge.") stays apart.
  const nextWrapped = !endsSentence(next, 0, next.length) && nextLength >= width - SAME_WIDTH;
  return nextWrapped || others.some((other) => other >= width - SAME_WIDTH);
}

/** The line that starts at `from`, without its line break (at most MAX_WRAP_WIDTH + 1 characters are read). */
function lineAt(text: string, from: number): string {
  let end = from;
  const limit = Math.min(text.length, from + MAX_WRAP_WIDTH + 1);
  while (end < limit && !isLineBreakCode(text.charCodeAt(end))) end++;
  return text.slice(from, end);
}

/** Trimmed lengths of up to NEIGHBOUR_LINES lines before the line starting at `lineStart`, up to a blank line. */
function linesBefore(text: string, lineStart: number): number[] {
  const lengths: number[] = [];
  let end = lineStart;
  while (lengths.length < NEIGHBOUR_LINES && end > 0) {
    end--;
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    let start = end;
    while (start > 0 && end - start <= MAX_WRAP_WIDTH && !isLineBreakCode(text.charCodeAt(start - 1))) start--;
    const length = trimmedLength(text, start, end);
    if (length === 0) break;
    lengths.push(length);
    end = start;
  }
  return lengths;
}

/** Trimmed lengths of up to NEIGHBOUR_LINES - 1 lines after the line break at `at`, up to a blank line. */
function linesAfter(text: string, at: number): number[] {
  const lengths: number[] = [];
  while (lengths.length < NEIGHBOUR_LINES - 1 && at < text.length) {
    at += text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
    const line = lineAt(text, at);
    const length = line.trim().length;
    if (length === 0) break;
    lengths.push(length);
    at += line.length;
  }
  return lengths;
}

function trimmedLength(text: string, from: number, to: number): number {
  while (from < to && isBlankCode(text.charCodeAt(from))) from++;
  while (to > from && isBlankCode(text.charCodeAt(to - 1))) to--;
  return to - from;
}

// The Unicode sentence boundaries (UAX #29, as ICU and so Intl.Segmenter find them) of text written in
// Latin script, computed here instead of in ICU. ICU's sentence iterator was the largest single cost of
// extract(): creating a segment object per sentence, and slower per boundary the longer its input.
// Only characters whose sentence-break class is known here take this path: a window with any other
// character (line breaks, soft hyphens, combining marks, other scripts …) returns -1 and the caller asks
// Intl.Segmenter, so the boundaries are the same either way (tests/unit/claim-sentence-boundaries.test.ts
// compares them character class by character class and on real text).

// Sentence_Break classes (UAX #29) that occur in the covered characters.
const UNKNOWN = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const OLETTER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;
const OTHER = 10;

/** Latin (with its extensions), general punctuation and currency signs: what European news text is written in. */
const COVERED: [number, number][] = [
  [0x0000, 0x024f],
  [0x2010, 0x205e],
  [0x20a0, 0x20c0],
];

const classes = new Uint8Array(0x10000);
for (const [from, to] of COVERED) for (let code = from; code <= to; code++) classes[code] = classify(code);

/** The class of one covered code unit, from its Unicode properties; UNKNOWN where this file does not decide. */
function classify(code: number): number {
  const char = String.fromCharCode(code);
  // Paragraph separators and the characters rule SB5 attaches to the one before them (format, extend).
  if (/[\n\r\u0085\u2028\u2029\p{Cf}\p{M}]/u.test(char)) return UNKNOWN;
  if (char === "." || code === 0x2024) return ATERM;
  if (/\p{Sentence_Terminal}/u.test(char)) return STERM;
  if (/[,\-:;\u2013\u2014]/.test(char)) return SCONTINUE;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u.test(char)) return CLOSE; // brackets and quotation marks
  if (/\p{White_Space}/u.test(char)) return SP;
  if (/\p{Lowercase}/u.test(char)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(char)) return UPPER;
  if (/\p{Alphabetic}/u.test(char)) return OLETTER;
  if (/\p{Nd}/u.test(char)) return NUMERIC;
  return OTHER;
}

const isTerm = (cls: number) => cls === ATERM || cls === STERM;

/**
 * Writes the sentence segments of `text[from, to)` (as Intl.Segmenter reports them for that part on its
 * own) into `starts` and `lengths` from index `count` on, with starts relative to `text`; returns the new
 * count, or -1 (nothing written that counts) when the part holds a character this file does not cover.
 */
export function latinSentenceSegments(text: string, from: number, to: number, starts: number[], lengths: number[], count: number): number {
  // One pass: each character's class is checked as the boundary scan reaches it (a window with an
  // uncovered character is then given up, whatever was written).
  if (to > from && classes[text.charCodeAt(to - 1)] === UNKNOWN) return -1;
  let start = from;
  for (let i = from + 1; i < to; i++) {
    const before = classes[text.charCodeAt(i - 1)]!;
    if (before === UNKNOWN) return -1;
    // Only a terminator, or the closing marks and spaces after one, can end a sentence.
    if (before !== ATERM && before !== STERM && before !== CLOSE && before !== SP) continue;
    if (!breaksBefore(text, from, to, i)) continue;
    starts[count] = start;
    lengths[count++] = i - start;
    start = i;
  }
  if (to > from) {
    starts[count] = start;
    lengths[count++] = to - start;
  }
  return count;
}

/** UAX #29 rules SB6–SB11 at position `at` (no paragraph separators or format characters occur here). */
function breaksBefore(text: string, from: number, to: number, at: number): boolean {
  // The left context must be a terminator, closing marks, spaces: SATerm Close* Sp*.
  let p = at;
  let spaces = 0;
  let closes = 0;
  while (p > from && classes[text.charCodeAt(p - 1)] === SP) p--, spaces++;
  while (p > from && classes[text.charCodeAt(p - 1)] === CLOSE) p--, closes++;
  if (p === from) return false;
  const term = classes[text.charCodeAt(p - 1)]!;
  if (!isTerm(term)) return false;
  const next = classes[text.charCodeAt(at)]!;
  if (next === SP) return false; // SB9, SB10: spaces stay with the sentence they follow
  if (next === CLOSE && spaces === 0) return false; // SB9
  if (next === SCONTINUE || isTerm(next)) return false; // SB8a
  if (term === ATERM) {
    if (spaces === 0 && closes === 0) {
      if (next === NUMERIC) return false; // SB6: "3.5"
      const beforeTerm = p - 2 >= from ? classes[text.charCodeAt(p - 2)] : UNKNOWN;
      if (next === UPPER && (beforeTerm === UPPER || beforeTerm === LOWER)) return false; // SB7: "U.S"
    }
    // SB8: a full stop followed, past anything but letters and terminators, by a lower-case letter.
    for (let k = at; k < to; k++) {
      const cls = classes[text.charCodeAt(k)]!;
      if (cls === LOWER) return false;
      if (cls === UPPER || cls === OLETTER || isTerm(cls)) break;
    }
  }
  return true; // SB11
}

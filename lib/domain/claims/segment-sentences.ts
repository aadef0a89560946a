import type { Language, Span } from "./types";
import { endsWithAbbreviation, opensSentenceAfter } from "./abbreviations";
import { MONTHS } from "./lexicon";
import { abbreviationBeforeLowerCase, endsBeforeItsUnit, endsInsideNounPhrase, endsWithTitle, hasOpenEnding, stopsMidSentence } from "./line-endings";
import { contactOrCodeLine, RELATED_LINKS, standsAlone } from "./standalone-lines";
import { quoteDepthAfter } from "./quotes";
import { latinSentenceSegments } from "./sentence-boundaries";
import { isBlankCode } from "../text/is-space-code";
import { endsSentence, wrappedAtWidth } from "./wrapped-lines";
import { splitsCharacter } from "../text/splits-character";
import { figureSentenceStarts } from "./figure-opens-sentence";
import { afterStageDirections } from "./stage-directions";

// Unicode sentence boundaries (Intl.Segmenter's, computed in sentence-boundaries.ts for Latin-script text)
// are proposed inside each line; these rules remove the false ones.
// A blank line, a heading, a byline or a list item ends a unit at its line break; a single line break
// inside a sentence (hard-wrapped text from PDFs and newsletters) does not: see continuesLine.

const MAX_QUOTE_UNIT = 4000;
// (Three digits too: "das 112. Nordderby", "zum 100. Geburtstag": engine read of stop 36.)
const ORDINAL_END = /(?:^|[\s(])\d{1,3}\.$/;
const STARTS_MONTH_OR_YEAR = new RegExp(`^(?:${MONTHS}|\\d{4}\\b)`);
// A German ordinal after an article or a preposition with one: "den 3. Platz", "zum 2. Mal", "im 19. Jahrhundert"
// (while "Er wurde 67. Seine Frau …" ends a sentence), also opening the sentence: "Die 22. Zivilkammer wies …".
const GERMAN_ORDINAL_END = new RegExp(
  `(?:^|\\s)(?:${["der", "die", "das", "den", "dem", "des", "zum", "zur", "am", "im", "beim", "vom", "ins", "ein", "eine", "einem", "einer", "einen", "eines",
    "sein", "seine", "seinem", "seiner", "seinen", "seines", "ihr", "ihre", "ihrem", "ihrer", "ihren", "ihres", "mein", "meine", "unser", "unsere",
    "dieser", "diese", "dieses", "diesem", "diesen", "jedem", "jeden", "jedes"].map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join("|")})\\s\\d{1,3}\\.$`,
);
// "Millot (76. Silas)": a minute or number just inside a parenthesis ends no sentence.
const OPEN_PARENTHESIS_NUMBER = /\(\d{1,3}\.$/;
const STARTS_UPPER = /^\p{Lu}/u;
// A sentence does not begin with a lower-case letter; a continuation ("…“, sagte sie") does.
const STARTS_LOWER = /^[\s„“"«»‚‘(\[]*\p{Ll}/u;
const NO_SENTENCE_START = /^(?:\/(?!\s)|[,;])/u;

const segmenters = new Map<Language, Intl.Segmenter>();
const segmenterFor = (language: Language) => {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: "sentence" })));
  return segmenter;
};

/** Sentence spans that never overlap and, with the whitespace between them, cover `text`. */
export function segmentSentences(text: string, language: Language): Span[] {
  const spans: Span[] = [];
  forEachSentence(text, language, (start, end) => spans.push({ start, end }));
  return spans;
}

/**
 * segmentSentences without a list: `visit` gets each sentence's [start, end) in order. extract() uses
 * this, so no span object of a long article outlives its sentence (they all survived into the old
 * generation of the garbage collector before).
 */
export function forEachSentence(text: string, language: Language, visit: (start: number, end: number) => void): void {
  const lineBreak = /\r\n|[\n\r\u2028\u2029\u0085]/g;
  let lineStart = 0;
  let blockStart = 0;
  let wrapped = false;
  for (const match of text.matchAll(lineBreak)) {
    const nextStart = match.index + match[0].length;
    if (continuesLine(text, lineStart, match.index, nextStart)) {
      wrapped = true;
    } else {
      segmentLine(text, blockStart, match.index, language, visit, wrapped);
      blockStart = nextStart;
      wrapped = false;
    }
    lineStart = nextStart;
  }
  segmentLine(text, blockStart, text.length, language, visit, wrapped);
}

const LIST_ITEM = /^\s*(?:[-*•–—▪◦]|\d{1,3}[.)])\s/;
// (An amount too: "… saving around\n£410,000 a year."; and a quotation that opens in lower case: "die Reform werde\n„spätestens 2027“ in Kraft treten".)
const STARTS_CONTINUATION = /^\s*(?:[„“"«»‚‘]?[\p{Ll}\d]|\p{Sc}\s?\d)/u;
const MAX_LINE_PEEK = 200;

/**
 * True when the line break at `breakAt` is inside a sentence: the line has text and no sentence end,
 * the next line follows right away (no blank line), is no list item, and either starts in lower case
 * or follows a comma or a word no sentence ends on. A heading ("Russland und Indien rüsten auf")
 * followed by a capitalised paragraph stays apart.
 */
const HYPHEN_AT_END = /\p{L}-[^\S\n]*$/u;
function continuesLine(text: string, lineStart: number, breakAt: number, nextStart: number): boolean {
  const peekFrom = Math.max(lineStart, breakAt - MAX_LINE_PEEK);
  const line = text.slice(peekFrom, breakAt);
  // "Energieexperte Prof.\nDr. Jan Weber", "u. a.\nin die …": a title's or abbreviation's full stop ends no sentence.
  const titleAtEnd = endsWithTitle(line) || abbreviationBeforeLowerCase(line, text.slice(nextStart, nextStart + 8));
  // "… ein Wachstum von 0,2 %;⏎im Herbst war sie …": a semicolon before a lower-case word ends no sentence (engine read of stop 44).
  const semicolonGoesOn = line.trimEnd().endsWith(";") && /^[^\S\r\n]*\p{Ll}{2}/u.test(text.slice(nextStart, nextStart + 8));
  if (!/\S/.test(line) || (endsSentence(text, peekFrom, breakAt) && !titleAtEnd && !semicolonGoesOn) || LIST_ITEM.test(text.slice(lineStart, Math.min(breakAt, lineStart + 8)))) return false;
  const next = text.slice(nextStart, Math.min(text.length, nextStart + 40));
  const openEnding = hasOpenEnding(line);
  // "Seit dem\n1. Januar 2025": after a word no sentence ends on, "1." is a date's day, not a list's number.
  if (!/^[^\S\r\n]*\S/.test(next) || (LIST_ITEM.test(next) && !openEnding)) return false;
  if (contactOrCodeLine(text.slice(lineStart, Math.min(breakAt + 1, lineStart + MAX_LINE_PEEK)), next)) return false;
  // "Die Corona-⏎Pandemie …", "Bundes-⏎gerichtshof": a word hyphenated at the line's end goes on in the next line.
  if (STARTS_CONTINUATION.test(next) || titleAtEnd || endsBeforeItsUnit(line, next) || HYPHEN_AT_END.test(line)) return true;
  if (standsAlone(text, lineStart, Math.min(breakAt, lineStart + MAX_LINE_PEEK), next)) return false;
  return /,\s*$/.test(line) || openEnding || endsInsideNounPhrase(line, next) || stopsMidSentence(line, next) || wrappedAtWidth(text, lineStart, breakAt, nextStart);
}



const MAX_TEASER = 240;
const TEASER_LINE = new RegExp(`^\\s*(?:${RELATED_LINKS})\\s*:\\s*\\S`, "i");

function segmentLine(text: string, from: number, to: number, language: Language, visit: (start: number, end: number) => void, wrapped = false): void {
  // Line breaks inside a wrapped sentence read as spaces (one for one, so offsets stay exact).
  const line = wrapped ? text.slice(from, to).replace(/[\r\n\u2028\u2029\u0085]/g, " ") : text.slice(from, to);
  if (!/\S/.test(line)) return;
  // "Lesen Sie auch: Wie sicher sind unsere Alpenpässe? Eine Analyse": a teaser line is one unit, whatever its title's
  // punctuation (engine read of stop 40: "Eine Analyse" came out as a unit of its own).
  if (to - from <= MAX_TEASER && TEASER_LINE.test(line)) {
    let start = from;
    let end = to;
    while (start < end && isBlankCode(text.charCodeAt(start))) start++;
    while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
    visit(start, end);
    return;
  }
  // The sentence being built, [currentStart, currentEnd); none while currentStart is -1.
  let currentStart = -1;
  let currentEnd = -1;
  let depth = 0;
  const take = (segmentStart: number, segmentEnd: number) => {
    // The candidate without its surrounding whitespace and invisible characters (empty ones are skipped).
    let start = segmentStart;
    let end = segmentEnd;
    while (start < end && isBlankCode(text.charCodeAt(start))) start++;
    while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    if (currentStart !== -1 && shouldJoin(text, currentStart, currentEnd, start, end, depth)) {
      currentEnd = end;
    } else {
      if (currentStart !== -1) visit(currentStart, currentEnd);
      currentStart = start;
      currentEnd = end;
      depth = 0;
    }
    depth = quoteDepthAfter(text, depth, start, end);
  };
  const count = windowedSegments(segmenterFor(language), line);
  // Starts the Unicode rules miss: a sentence opening with a figure (figure-opens-sentence.ts) and one after a
  // transcript's stage direction ("[CHEERS] That didn't …": stage-directions.ts), in order.
  const extraStarts = [
    ...(/\.\s+\d|[!?]\s+\d|[.!?][”“"»«’)]\s+\d/.test(line) ? figureSentenceStarts(line) : []),
    ...(line.includes("] ") || line.includes(") ") ? afterStageDirections(line) : []),
  ].sort((a, b) => a - b);
  let next = 0;
  for (let k = 0; k < count; k++) {
    let start = from + segmentStarts[k]!;
    const end = start + segmentLengths[k]!;
    while (next < extraStarts.length && from + extraStarts[next]! <= start) next++;
    while (next < extraStarts.length && from + extraStarts[next]! < end) {
      take(start, from + extraStarts[next]!);
      start = from + extraStarts[next++]!;
    }
    take(start, end);
  }
  if (currentStart !== -1) visit(currentStart, currentEnd);
}

// V8's Intl.Segmenter gets slower per boundary the longer its input is (quadratic overall: one
// 380 KB line took 4 s, 2 MB minutes), so a long line is segmented in windows. Each window's last
// segment may have been cut by the window's end, so the next window starts again at that segment;
// a single "sentence" longer than a window is cut there (it is no sentence a person wrote).
// The engine's own boundary pass would not need windows; it keeps them so every text splits exactly as before.
const WINDOW = 8192;

// The segments of the line being split, as start and length in reused arrays (no object per segment).
const segmentStarts: number[] = [];
const segmentLengths: number[] = [];

// One window's segments, before the window logic below decides which of them to keep.
const windowStarts: number[] = [];
const windowLengths: number[] = [];

/** Fills segmentStarts/segmentLengths with the line's segments; returns how many. */
function windowedSegments(segmenter: Intl.Segmenter, line: string): number {
  let count = 0;
  let offset = 0;
  while (offset < line.length) {
    let end = Math.min(line.length, offset + WINDOW);
    // Never between the two halves of a character outside the BMP (an emoji, 𠜎): a unit cut there
    // held half a character, which no database or encoder accepts.
    if (splitsCharacter(line, end)) end--;
    const found = windowSegments(segmenter, line, offset, end);
    if (found === 0) return count;
    for (let k = 0; k < found - 1; k++) count = keepSegment(count, windowStarts[k]!, windowLengths[k]!);
    const lastIndex = windowStarts[found - 1]!;
    const lastLength = windowLengths[found - 1]!;
    if (end === line.length || found === 1) {
      count = keepSegment(count, lastIndex, lastLength);
      offset = lastIndex + lastLength;
    } else {
      offset = lastIndex;
    }
  }
  return count;
}

function keepSegment(count: number, index: number, length: number): number {
  segmentStarts[count] = index;
  segmentLengths[count] = length;
  return count + 1;
}

/** The segments of line[from, to) into windowStarts/windowLengths (starts relative to the line); returns how many. */
function windowSegments(segmenter: Intl.Segmenter, line: string, from: number, to: number): number {
  // Latin-script text is split here without ICU (same boundaries, see sentence-boundaries.ts).
  const fast = latinSentenceSegments(line, from, to, windowStarts, windowLengths, 0);
  if (fast !== -1) return fast;
  let count = 0;
  for (const { index, segment } of segmenter.segment(line.slice(from, to))) {
    windowStarts[count] = from + index;
    windowLengths[count++] = segment.length;
  }
  return count;
}

// The rules look only at the end of the unit so far; reading all of a long quotation for every
// candidate would make segmentation quadratic in the quotation's length.
const TAIL = 40;
const LIST_NUMBER = /^\d{1,3}[.)]$/;

function shouldJoin(text: string, currentStart: number, currentEnd: number, nextStart: number, nextEnd: number, depth: number): boolean {
  if (depth > 0 && currentEnd - currentStart < MAX_QUOTE_UNIT) return true; // inside a quotation
  const following = text.slice(nextStart, Math.min(nextEnd, nextStart + 40));
  // "(23., 71./Foulelfmeter)": no sentence starts with a slash joined to its word, a comma or a semicolon (engine read of stop 46).
  if (STARTS_LOWER.test(following) || NO_SENTENCE_START.test(following)) return true;
  const previous = text.slice(Math.max(currentStart, currentEnd - TAIL), currentEnd);
  // "1. Die Ausgaben stiegen …": a numbered list item's number at the start of a line belongs to its item.
  if (currentEnd - currentStart <= 4 && LIST_NUMBER.test(previous) && (currentStart === 0 || text.charCodeAt(currentStart - 1) === 10)) return true;
  if (endsWithAbbreviation(previous)) return !opensSentenceAfter(previous, following);
  if (!ORDINAL_END.test(previous)) return false;
  return STARTS_MONTH_OR_YEAR.test(following) || OPEN_PARENTHESIS_NUMBER.test(previous) || (GERMAN_ORDINAL_END.test(previous) && STARTS_UPPER.test(following));
}


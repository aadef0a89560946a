import { isLineBreakCode } from "../text/is-space-code";

// Lines that end a unit at their line break though no sentence ends there (segment-sentences.ts: continuesLine).

// A byline ("By Carla Mendez | Staff Writer", "By Dr. Rachel Moore, Health Correspondent") and a line of page
// furniture split by bars.
// ("Interview by Helen Thomson", "Text und Fotos von …": engine read of stop 46 glued it to the date under it.)
const BYLINE_OR_BARS = /^\s*(?:(?:(?:Interview|Text|Words|Photos?|Fotos?|Reporting|Recherche)(?:\s+(?:und|and|&)\s+(?:Fotos?|Photos?|Text))?\s+(?:by|von)|By|Von)\s+(?:\p{Lu}\p{L}{0,4}\.\s+)?\p{Lu}\p{L}+\s+\p{Lu}|[^|\n]*\s\|\s)/u;
// The line under it says when the page was written: "Published Monday 14 July 2025", "Posted: Nov 4, 2025", "Monday, 21 October 2024".
const DATE_LINE_START = /^[^\S\r\n]*(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?[^\S\r\n]+\d)\b/;
// "THW Kiel: Wolff, Landin …" over "SG Flensburg-Handewitt: Buric …": labelled lines one under another.
const LABELLED = /^[^\S\r\n]*\p{Lu}[\p{L}\p{N} .'’-]{0,40}:\s/u;
/** The words that open a related-links heading or teaser ("Lesen Sie auch:", "Read more:"). */
export const RELATED_LINKS = "Lesen Sie auch|Mehr zum Thema|Auch interessant|Weiterlesen|Das könnte Sie auch interessieren|Read more|Related|Also read|More on this|Recommended";
// Without a colon too when the line is the heading alone: "Read more", "Related stories" (engine read of stop 45: the
// titles under them were claims, two of them one unit at 0.98).
const LINK_HEADING = new RegExp(`^[^\\S\\r\\n]*(?:${RELATED_LINKS})\\b(?:[^\\n]{0,30}:|(?:[^\\S\\r\\n]+\\p{L}+){0,2})[^\\S\\r\\n]*$`, "iu");
// A press release's contact block and an agency's codes under its report, a line each: an e-mail address, a telephone
// number, "dpa mru/bal yyzz a3 fr" over "141012 Mär 25" (engine read of stop 38: each block had become one claim).
const CONTACT_OR_CODE = /^[^\S\r\n]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d (),/-]{7,22}|(?:dpa|afp|epd|kna|apa|sda|rtr)(?:[^\S\r\n]+[a-z0-9/]{1,9}){2,8})[^\S\r\n]*(?:\n|$)/i;
const MAX_LINK_LINES = 6;
const MAX_LINE = 200;

/**
 * Whether the line from `lineStart` (read up to `headEnd`) stands alone before `next` (the start of the next
 * line): a byline, a line above a date line, labelled lines one under another, or a title listed under
 * "Lesen Sie auch:" (engine read of stop 36: a byline and its date line, two related links and two teams'
 * line-ups had each become one unit).
 */
export function standsAlone(text: string, lineStart: number, headEnd: number, next: string): boolean {
  const head = text.slice(lineStart, headEnd);
  if (BYLINE_OR_BARS.test(head) || DATE_LINE_START.test(next)) return true;
  return (LABELLED.test(head) && LABELLED.test(next)) || underLinkHeading(text, lineStart);
}

/** Whether the line or the next is a contact line or an agency's codes: it stands alone even before a lower-case or a number. */
export const contactOrCodeLine = (head: string, next: string) => CONTACT_OR_CODE.test(head) || CONTACT_OR_CODE.test(next);

/**
 * Whether text[start, end) is a whole line listed under a related-links heading ("Read more:" over "Amazon to deploy
 * 750,000 robots …"): a link's title, page furniture, not a claim (engine read of stop 41: stored as check-worthy).
 */
export function listedUnderLinkHeading(text: string, start: number, end: number): boolean {
  return wholeLine(text, start, end) && underLinkHeading(text, lineStartOf(text, start));
}

/**
 * Whether text[start, end) opens its line and a picture's credit follows on the same line: "A storm overflow discharges
 * into the River Thames near Oxford. Photograph: Andrew Matthews/PA" is a caption (engine read of stop 45: a claim).
 */
export function captionBeforeCredit(text: string, start: number, end: number): boolean {
  const lineStart = lineStartOf(text, start);
  if (lineStart !== 0 && !isLineBreakCode(text.charCodeAt(lineStart - 1))) return false;
  return PICTURE_CREDIT.test(text.slice(end, end + 24));
}
const PICTURE_CREDIT = /^[^\S\r\n]+(?:Photograph|Photo|Foto|Bild|Image|Illustration|Picture)s?:[^\S\r\n]*\p{Lu}/u;

function lineStartOf(text: string, start: number): number {
  let lineStart = start;
  while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--;
  return lineStart;
}

/** Whether text[start, end) is a whole line after another (not the text's first line). */
function wholeLine(text: string, start: number, end: number): boolean {
  const lineStart = lineStartOf(text, start);
  if (lineStart === 0 || !isLineBreakCode(text.charCodeAt(lineStart - 1))) return false;
  let lineEnd = end;
  while (lineEnd < text.length && (text.charCodeAt(lineEnd) === 32 || text.charCodeAt(lineEnd) === 9)) lineEnd++;
  return lineEnd === text.length || isLineBreakCode(text.charCodeAt(lineEnd));
}

/** Whether a related-links heading ("Lesen Sie auch:") stands a few lines above, in the same paragraph. */
function underLinkHeading(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let lines = 0; lines < MAX_LINK_LINES && end > 0; lines++) {
    let start = end;
    while (start > 0 && end - start <= MAX_LINE && !isLineBreakCode(text.charCodeAt(start - 1))) start--;
    const line = text.slice(start, end);
    if (!/\S/.test(line) || end - start > MAX_LINE) return false;
    if (LINK_HEADING.test(line)) return true;
    end = start - 1;
  }
  return false;
}

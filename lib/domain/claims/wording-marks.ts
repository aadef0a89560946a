import { isSpaceCode } from "../text/is-space-code";

// What the first steps of suggestWording look for, found in one pass over the text rather than one regular
// expression each (every unit of every article is worded): invisible characters, a dateline's ") " or
// " —", two spaces in a row or a tab or line break (/\s\s|[\n\t]/), a quotation mark (["„“”«»]).
export enum Marking {
  Invisible = 1,
  BracketThenSpace = 2,
  SpaceThenDash = 4,
  SpacesToJoin = 8,
  Quote = 16,
}

export function markings(text: string): number {
  let marks = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII but the double quote (most characters) marks nothing by itself.
    if (code > 34 && code < 127) {
      previous = code;
      continue;
    }
    if (code === 32) {
      if (previous === 41 /* ) */) marks |= Marking.BracketThenSpace;
    } else if (code === 0x2014 || code === 0x2013) {
      if (previous === 32) marks |= Marking.SpaceThenDash;
    } else if (code === 34 || code === 0x201e || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb) {
      marks |= Marking.Quote;
    } else if (code === 9 || code === 10) {
      marks |= Marking.SpacesToJoin;
    }
    if (isInvisibleCode(code)) marks |= Marking.Invisible;
    if (isSpaceCode(code) && isSpaceCode(previous)) marks |= Marking.SpacesToJoin;
    previous = code;
  }
  return marks;
}

/** The characters suggested-wording.ts removes as invisible (INVISIBLE_CHARACTERS there). */
function isInvisibleCode(code: number): boolean {
  if (code < 0xad) return false;
  return code === 0xad || code === 0x200b || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
}

// "“BREAKING: WHO admits 5G causes cancer!!” reads the text of one post": a quotation the sentence goes on after (no comma
// closes it), with nobody named as its speaker, is cited, not stated; without its marks a wording would make it the
// writer's claim (engine read of stop 46).
const CITED_QUOTATION = /[„"“»«][^„"“”«»]{1,400}(?<!,)[“"”«»]\s+\p{Ll}/u;
export const isCitedQuotation = (text: string) => CITED_QUOTATION.test(text);

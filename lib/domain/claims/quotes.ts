// Quotation tracking across sentence candidates: German „…“ / „…” / ‚…‘, English “…”, guillemets
// «…» and »…«, and straight "…". Apostrophes inside words (don’t) are not quotation marks.

const OPENERS = new Set(["„", "‚"]);
const CLOSERS = new Set(["“", "”", "»", "‘", "’"]);

// " « » and ‘ ’ ‚ “ ” „ (U+2018–U+201E without U+201B): a comparison per character, not a Set lookup.
const isQuoteCode = (code: number) => (code < 0xab ? code === 34 : code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e && code !== 0x201b));

/** The quotation depth after reading `text` (or its part from `start` to `end`), starting from `depth`. */
export function quoteDepthAfter(text: string, depth: number, start = 0, end = text.length): number {
  // Look only inside [start, end): a global search from `start` would run on to the end of the whole
  // article whenever the unit has no quotation mark (quadratic on long texts with few quotes).
  let first = -1;
  for (let i = start; i < end; i++) {
    if (isQuoteCode(text.charCodeAt(i))) {
      first = i;
      break;
    }
  }
  if (first === -1) return depth;
  for (let i = first; i < end; i++) {
    // Only quotation marks change the depth; every other character is passed over without a string.
    if (!isQuoteCode(text.charCodeAt(i))) continue;
    const char = text[i]!;
    if (char === '"') {
      depth = depth > 0 ? depth - 1 : depth + 1;
    } else if (char === "«") {
      // German »…« closes with «, French «…» opens with it: right after a word inside a quotation it closes
      // (read as an opener, German »…« quotations ran on to the end of the paragraph: engine read of stop 34).
      depth = depth > 0 && /\S/.test(text[i - 1] ?? "") ? depth - 1 : depth + 1;
    } else if (OPENERS.has(char) || (char === "»" && depth === 0 && /\S/.test(text[i + 1] ?? ""))) {
      depth++;
    } else if (char === "“" && depth === 0) {
      depth++; // English opening quote
    } else if (CLOSERS.has(char) && depth > 0) {
      if ((char === "’" || char === "‘") && /\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? "")) continue;
      depth--;
    }
  }
  return Math.min(depth, 3);
}

export const QUOTE_START = /^[„“"«»‚‘]/;

// Quotation tracking across sentence candidates: German „…“ / „…” / ‚…‘, English “…”, guillemets
// «…» and »…«, and straight "…". Apostrophes inside words (don’t) are not quotation marks.

const OPENERS = new Set(["„", "«", "‚"]);
const CLOSERS = new Set(["“", "”", "»", "‘", "’"]);

const QUOTE_MARKS = new Set(['"', ...OPENERS, ...CLOSERS, "»"]);

/** The quotation depth after reading `text` (or its part from `start` to `end`), starting from `depth`. */
// Reads only from `start` to `end`: a search for the next quotation mark ran on to the end of the
// text, which made a long text without quotes quadratic (2 MB took minutes).
export function quoteDepthAfter(text: string, depth: number, start = 0, end = text.length): number {
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (!QUOTE_MARKS.has(char)) continue;
    if (char === '"') {
      depth = depth > 0 ? depth - 1 : depth + 1;
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

// Quotation tracking across sentence candidates: German „…“ / „…” / ‚…‘, English “…”, guillemets
// «…» and »…«, and straight "…". Apostrophes inside words (don’t) are not quotation marks.

const OPENERS = new Set(["„", "«", "‚"]);
const CLOSERS = new Set(["“", "”", "»", "‘", "’"]);

const ANY_QUOTE = /["„“”«»‚‘’]/g;

/** The quotation depth after reading `text` (or its part from `start` to `end`), starting from `depth`. */
export function quoteDepthAfter(text: string, depth: number, start = 0, end = text.length): number {
  ANY_QUOTE.lastIndex = start;
  const first = ANY_QUOTE.exec(text)?.index ?? -1;
  if (first === -1 || first >= end) return depth;
  for (let i = first; i < end; i++) {
    const char = text[i]!;
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

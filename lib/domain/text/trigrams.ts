// Trigram similarity the way PostgreSQL's pg_trgm computes it (words padded with two spaces in front
// and one behind, case-folded, non-alphanumerics as separators), so re-anchoring in the engine and
// related-claim search in the database agree on what "similar" means.

/**
 * The stored form related-claim search compares: the lower-cased words of `text`, at most
 * MAX_MATCH_TEXT characters of them. The trigram index keeps a claim's trigrams in one index row of
 * at most 8 KB: a "sentence" of 8,000 characters (a text without full stops) made the article's
 * insert fail (hostile probe of stop 31). A thousand characters compare any sentence a person writes.
 */
export function matchText(text: string): string {
  const words = foldedWords(text);
  if (words.length <= MAX_MATCH_TEXT) return words;
  const cut = words.lastIndexOf(" ", MAX_MATCH_TEXT);
  return words.slice(0, cut > 0 ? cut : MAX_MATCH_TEXT);
}

export const MAX_MATCH_TEXT = 1000;

/** Lower-cased words of `text` joined by single spaces. */
function foldedWords(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("de")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of foldedWords(text).split(" ")) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Shared trigrams over all trigrams of both texts (0–1), as pg_trgm's `similarity()`. */
export function trigramSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const left = typeof a === "string" ? trigrams(a) : a;
  const right = typeof b === "string" ? trigrams(b) : b;
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

// Trigram similarity the way PostgreSQL's pg_trgm computes it (words padded with two spaces in front
// and one behind, case-folded, non-alphanumerics as separators), so re-anchoring in the engine and
// related-claim search in the database agree on what "similar" means.

/** Lower-cased words of `text` joined by single spaces: the form related-claim search compares. */
export function matchText(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("de")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of matchText(text).split(" ")) {
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

// Feature hashing: every feature name maps to one of DIMENSIONS slots by a 32-bit FNV-1a hash, so the
// model needs no vocabulary file and the same text always lands in the same slots on every machine.

export const DIMENSION_BITS = 18;
export const DIMENSIONS = 1 << DIMENSION_BITS;
const MASK = DIMENSIONS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `kind` (one namespace character) followed by the UTF-16 code units of `text`. */
export function hashFeature(kind: string, text: string): number {
  let hash = Math.imul(FNV_OFFSET ^ kind.charCodeAt(0), FNV_PRIME);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return (hash >>> 0) & MASK;
}

/** A slot for an ordered pair of slots (word bigrams), without building the pair's string. */
export function hashPair(first: number, second: number): number {
  let hash = Math.imul(FNV_OFFSET ^ 0x62, FNV_PRIME);
  hash = Math.imul(hash ^ first, FNV_PRIME);
  hash = Math.imul(hash ^ (first >>> 8), FNV_PRIME);
  hash = Math.imul(hash ^ second, FNV_PRIME);
  hash = Math.imul(hash ^ (second >>> 8), FNV_PRIME);
  return (hash >>> 0) & MASK;
}

/** Character n-grams (3 to 5) of "<word>", the word's own slot first; digits read as 0 so 45 and 73 share slots. */
export function wordSlots(lower: string): Int32Array {
  const word = /\d/.test(lower) ? lower.replace(/\d/g, "0") : lower;
  const padded = `<${word}>`;
  const slots: number[] = [hashFeature("w", word)];
  for (let start = 0; start + 3 <= padded.length; start++) {
    let hash = Math.imul(FNV_OFFSET ^ 0x63, FNV_PRIME);
    for (let n = 0; n < 5 && start + n < padded.length; n++) {
      hash = Math.imul(hash ^ padded.charCodeAt(start + n), FNV_PRIME);
      if (n >= 2) slots.push((hash >>> 0) & MASK);
    }
  }
  return Int32Array.from(slots);
}

import { PLACES } from "./gazetteer";

/**
 * The place a word names, without an English possessive ("India’s", "India's") or a German genitive
 * s ("Russlands", "Chinas"); the word itself when neither applies.
 */
export function placeStem(word: string): string {
  const possessive = /['’]s$/.exec(word);
  if (possessive) return word.slice(0, possessive.index);
  if (word.endsWith("s") && !PLACES.has(word) && PLACES.has(word.slice(0, -1))) return word.slice(0, -1);
  return word;
}

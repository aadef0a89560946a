// Words typed from the article, found in its text: the keyboard's way to mark a span (a claim to add, or where to split
// one) without selecting with a mouse (walk of stop 47: adding and splitting claims needed a pointer). Spaces and line
// breaks between the words match any whitespace, so a hard-wrapped sentence is found as it is read.

export interface WordsSpan {
  start: number;
  end: number;
}

/** At most this many places are reported: enough to say "type more words". */
const MAX_PLACES = 20;
const MAX_TYPED = 2000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where `typed` stands in `body` (up to 20 places, in order): exactly as written first, then ignoring letter case.
 * Empty or overly long input stands nowhere.
 */
export function findWords(body: string, typed: string): WordsSpan[] {
  const words = typed.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0 || typed.length > MAX_TYPED) return [];
  const source = words.map(escapeRegExp).join("\\s+");
  for (const flags of ["gu", "giu"]) {
    const pattern = new RegExp(source, flags);
    const places: WordsSpan[] = [];
    for (const match of body.matchAll(pattern)) {
      places.push({ start: match.index, end: match.index + match[0].length });
      if (places.length === MAX_PLACES) break;
    }
    if (places.length > 0) return places;
  }
  return [];
}

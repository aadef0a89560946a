// Words in capitals in findEntities (entities.ts): a heading or dateline line, or a place written in capitals.
import { PLACE_PHRASES } from "./gazetteer";
import type { Token } from "./tokens";
import { Flag } from "./word-flags";

/**
 * The last token of a run of words in capitals from token `i` that reads as a line in capitals, or -1: three words or
 * more, two before a comma ("SAN JOSE, Calif."), two with a word of every sentence ("OF", "THE", "DER"), or two alone.
 * Two acronyms side by side ("US FDA") stay organisations.
 */
export function capitalsRun(text: string, offset: number, tokens: Token[], i: number): number {
  let end = i;
  while (tokens[end + 1] && tokens[end + 1]!.start - tokens[end]!.end === 1 && tokens[end + 1]!.info.flags & Flag.Acronym) end++;
  if (end - i >= 2) return end;
  if (end === i) return -1;
  const pair = [tokens[i]!.text, tokens[end]!.text];
  const wholeLine = i === 0 && end === tokens.length - 1;
  return wholeLine || text.charCodeAt(tokens[end]!.end - offset) === 44 || pair.some((word) => CAPITALS_FUNCTION_WORDS.has(word)) ? end : -1;
}
const CAPITALS_FUNCTION_WORDS = new Set("THE OF AND FOR TO IN ON AT THIS DER DIE DAS UND VON FÜR IM MIT".split(" "));

/** "NEW YORK", "SAN FRANCISCO": the last token of a multi-word place written in capitals at token `i`, or -1. */
export function capitalsPlaceEnd(tokens: Token[], i: number): number {
  const titleCase = (word: string) => word[0] + word.slice(1).toLowerCase();
  const rests = PLACE_PHRASES.get(titleCase(tokens[i]!.text));
  if (!rests) return -1;
  let best = -1;
  for (const rest of rests) {
    if (rest.every((word, k) => tokens[i + 1 + k]?.text === word.toUpperCase())) best = Math.max(best, i + rest.length);
  }
  return best;
}

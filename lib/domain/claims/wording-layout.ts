import type { Language } from "./types";

// A wording's layout: one line, without closing punctuation. A wording is one line. "Bundes-⏎gerichtshof" from a PDF: a German word hyphenated at a line's end is one word again
// ("Bundes- und Landesrecht" stays); "Corona-⏎Pandemie", "well-⏎known" keep their hyphen without the space (engine read of stop 39).
const GERMAN_LINE_END_HYPHEN = /(\p{Ll})-[^\S\n]*\n\s*(?!(?:und|oder|sowie|bzw|bis)\b)(\p{Ll})/gu;
const LINE_END_HYPHEN = /(\p{L})-[^\S\n]*\n\s*(?!(?:und|oder|sowie|bzw|bis|and|or|to)\b)(\p{L})/gu;

/** `text` on one line, with single spaces, and words hyphenated at a line's end joined. */
export function joinedLines(text: string, language: Language): string {
  const joined = language === "de" ? text.replace(GERMAN_LINE_END_HYPHEN, "$1$2") : text;
  return joined.replace(LINE_END_HYPHEN, "$1-$2").replace(/\s+/g, " ");
}

// "… to the U.S.", "… at 5 p.m.": the full stop of a dotted abbreviation stays.
const DOTTED_ABBREVIATION_END = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;
// "… der Bauunternehmer Gerhard P.": so does a surname's initial after a name.
const INITIAL_END = /\p{Lu}\p{Ll}+\s\p{Lu}\.$/u;

/** `text` without the full stops, commas, colons and spaces that close it. */
export function withoutClosingPunctuation(text: string): string {
  let end = text.length;
  // A post's "!!!" is shouting, not part of the claim (engine read of stop 44); a single "!" may end a name ("Yahoo!").
  if (text.endsWith("!!")) while (end > 0 && "!? ".includes(text[end - 1]!)) end--;
  while (end > 0 && ".;:, ".includes(text[end - 1]!)) end--;
  if (text.charCodeAt(end) === 46 && (text.charCodeAt(end - 2) === 46 ? DOTTED_ABBREVIATION_END : INITIAL_END).test(text.slice(Math.max(0, end - 12), end + 1))) end++;
  return end === text.length ? text : text.slice(0, end);
}

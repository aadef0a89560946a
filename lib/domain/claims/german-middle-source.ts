import { GERMAN_WORKS, SOURCE_NOUN_NAMES } from "./lexicon";
import { PREPOSITIONS } from "./german-word-order";
import { ENDS_WITH_TITLE } from "./lexicon";

// "… stieg im September nach Angaben der Bundesagentur für Arbeit auf 2,8 Millionen", "… dürfte nach
// Einschätzung des Ministeriums auf 2,2 Prozent sinken": a source inside the sentence, right before its claimant.
// (Also "laut einer Auswertung des Immobilienportals ImmoScout24": the work before its author, engine read of stop 40.)
const WORK_OF = `(?:\\s+(?:einer|einem|eines|der|dem|den)\\s+(?:${GERMAN_WORKS})\\s+(?:des|der|von|vom))?`;
const SOURCE_BEFORE_CLAIMANT = new RegExp(`\\s(?:laut|nach (?:${SOURCE_NOUN_NAMES})(?:\\s+(?:des|der|dem|von|vom))?|zufolge)${WORK_OF}(?:\\s+(?:des|der|dem|den|die|das))?\\s+(?:\\p{Ll}+\\s+){0,2}(\\p{Lu}[\\p{L}-]+\\s+)?$`, "u");
/** "(DWD)", "(IfW)": a source's short name in brackets right after it. */
export const BRACKETED_SHORT_NAME = /^\s*\([^()]{1,20}\)/u;

/**
 * The German sentence without a source named inside it (not at its start or end, where suggestWording's patterns
 * take it). Only where the claimant ends the source for certain: a word that is no preposition follows,
 * or one with a number ("… auf 2,8 Millionen"); "laut Our World in Data", "laut einem Experten auf diesem
 * Gebiet", "laut Sicherheitsbericht vom 19. August" go on past the claimant. (English "X, according to Y, …"
 * stays: the phrase between the commas is as often an apposition or a list.)
 */
export function withoutMiddleAttribution(text: string, claimant: string): string {
  const at = text.indexOf(claimant);
  if (at <= 0) return text;
  // "…, hatte der Studie zufolge sogar …": the source with its article and "zufolge" after it.
  if (text.startsWith(" zufolge", at + claimant.length) && ARTICLE_BEFORE.test(text.slice(at - 5, at))) {
    return text.slice(0, text.lastIndexOf(" ", at - 2)) + text.slice(at + claimant.length + " zufolge".length);
  }
  const before = SOURCE_BEFORE_CLAIMANT.exec(text.slice(Math.max(0, at - 60), at));
  // A capitalised word between the source and its claimant only as the claimant's title ("nach Angaben von Präsident
  // Wolodymyr Selenskyj", engine read of stop 44).
  if (!before || (before[1] && !ENDS_WITH_TITLE.test(before[1].trimEnd()))) return text;
  let end = at + claimant.length;
  while (end < text.length && /[\p{L}-]/u.test(text[end]!)) end++;
  const bracket = BRACKETED_SHORT_NAME.exec(text.slice(end));
  if (bracket) end += bracket[0].length;
  const next = /^ (\S+)(?: (\S))?/u.exec(text.slice(end));
  const word = next?.[1];
  if (!word || ((PREPOSITIONS.has(word) || MORE_PREPOSITIONS.has(word)) && !(NUMBER_PREPOSITIONS.has(word) && /\d/.test(next[2] ?? "")))) return text;
  return text.slice(0, at - before[0].length) + text.slice(end);
}
const ARTICLE_BEFORE = /\s(?:dem|der|den)\s$/u;
const NUMBER_PREPOSITIONS = new Set(["auf", "um", "bei", "über", "unter"]);
// ("pro": "der Allianz pro Schiene" goes on past "Allianz", engine read of stop 43.)
const MORE_PREPOSITIONS = new Set(["um", "von", "zu", "gegenüber", "pro"]);

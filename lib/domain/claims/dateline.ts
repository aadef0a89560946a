import { PLACE_PHRASES, PLACES } from "./gazetteer";
import { AGENCIES } from "./lexicon";
import { Marking } from "./wording-marks";

// A dateline is no part of the claim it opens: the wording drops it.
// ("Aug 6 (Reuters) - ", "Stuttgart (SID) - ": engine read of stop 46.)
const DATELINE = new RegExp(`^\\p{Lu}[\\p{L}\\p{N} .'’/-]{1,40}(?:,\\s*[^()]{1,30}?)?\\s*\\((?:${AGENCIES})(?:\\s*/\\s*(?:${AGENCIES}))*\\)\\s*[-–—]+\\s*`, "u");
// Without an agency: a city in capitals and a dash ("LONDON — ", "CINCINNATI, March 18, 2025 — "), places joined by
// slashes ("Bonn/Ruhpolding – "), or a known place ("Berlin – ").
const CAPITALS_DATELINE = /^(?:\p{Lu}{2,}(?:[ .'’-]\p{Lu}{2,}){0,3}(?:,\s*\p{Lu}[\p{L}.]{1,20}(?:\s\d{1,2}(?:,\s\d{4})?)?)?|\p{Lu}\p{Ll}+(?:\/\p{Lu}\p{Ll}+)*)\s+[–—]\s+/u;
/** "LONDON — ", "NEW YORK – ": a place written in capitals (not "WHO – …", "NATO — …"), or with a date or a slash. */
function isDateline(dateline: string, next: string, language: "de" | "en"): boolean {
  if (/\d|\/\p{Lu}\p{Ll}/u.test(dateline)) return true;
  const first = /^\p{L}+/u.exec(dateline)![0];
  const name = first[0] + first.slice(1).toLowerCase();
  if (PLACES.has(name) || PLACE_PHRASES.has(name)) return true;
  // "Leipzig – Nach einer Serie …": a German local paper's place before its dash, known to no list of capitals (engine read
  // of stop 46), where a sentence starts after the dash; not in English ("Pardons — Obama: 1,927"); not a heading word
  // of the page ("Fazit – ", "Update – ").
  if (language === "de" && first === name && first.length >= 4 && /\p{Lu}/u.test(next) && !NOT_PLACES.has(first)) return true;
  // A city and its state ("COLUMBUS, Ohio — "), or a city's name too long for an organisation's acronym ("PHOENIX — ")
  // (engine read of stop 36: both stayed in the wording).
  return /^\p{Lu}{2,}(?:[ .'’-]\p{Lu}{2,})*,\s*\p{Lu}\p{Ll}/u.test(dateline) || (first.length >= 6 && first === first.toUpperCase() && !ORGANISATION_ACRONYMS.has(first));
}
const NOT_PLACES = new Set(["Fazit", "Update", "Achtung", "Eilmeldung", "Kommentar", "Analyse", "Interview", "Hintergrund", "Breaking", "Exklusiv", "Exclusive", "Watch", "Live", "Video", "Opinion", "Meinung", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Aktuell", "Wissen"]);
const ORGANISATION_ACRONYMS = new Set(["UNICEF", "UNESCO", "UNHCR", "INTERPOL", "EUROPOL", "FRONTEX", "ASEAN", "NASDAQ", "MERCOSUR"]);

/** `text` without the dateline it opens with: "BRUSSELS, Oct 20 (Reuters) - ", "Pristina/Belgrad (dpa/AFP) – ", "LONDON — ". */
export function withoutDateline(text: string, marks: number, language: "de" | "en"): string {
  if (marks & Marking.BracketThenSpace) return text.replace(DATELINE, "");
  if (marks & Marking.SpaceThenDash) return text.replace(CAPITALS_DATELINE, (match) => (isDateline(match, text.charAt(match.length), language) ? "" : match));
  return text;
}

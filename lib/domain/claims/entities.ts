import type { Entity } from "./types";
import { PLACES } from "./gazetteer";
import { MONTHS, TITLES, WEEKDAYS } from "./lexicon";

const CAP = "\\p{Lu}[\\p{L}'’-]+";
const PATTERNS: [Entity["type"], RegExp][] = [
  ["date", new RegExp(`\\b(?:\\d{1,2}\\.\\s?)?(?:${MONTHS})(?:\\s\\d{1,2},?)?(?:\\s\\d{4})?\\b|\\b(?:Anfang|Mitte|Ende|early|mid|late)\\s(?:${MONTHS})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b|\\b(?:${WEEKDAYS})\\b|\\b(?:19|20)\\d{2}\\b`, "gu")],
  ["number", /\b\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?(?:\s?(?:%|Prozent|percent|Mio\.|Millionen|Milliarden|million|billion|Euro|Dollar|US-Dollar|km|Tonnen|tons))?|(?<!\p{L})(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert|tausend|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)(?!\p{L})/giu],
  ["organisation", /\b[A-ZÄÖÜ]{2,6}(?:[- ][A-ZÄÖÜ]{2,6})*\b|\b[\p{Lu}][\p{L}-]*(?:ministerium|behörde|partei|bank|konzern|agentur|Ministry|Agency|Party|Bank|Council|Commission)\b|\bOrganisation für [\p{Lu}][\p{L}]+\b|\b(?:Vereinte Nationen|United Nations|Europäische Union|European Union|Bundestag|Bundesregierung|Kreml|Kremlin|Pentagon|White House|Weißes Haus)\b/gu],
];

// A name right after a title or office ("Energieminister Alexander Nowak"); group 1 is the name.
const PERSON = new RegExp(`(?:${TITLES})\\s(?:\\p{Ll}+\\s){0,3}(${CAP}(?:\\s${CAP}){1,2})`, "gdu");

/** Dates, numbers, persons, organisations and places in `text`, with offsets shifted by `offset`. */
export function findEntities(text: string, offset = 0): Entity[] {
  const found: Entity[] = [];
  for (const [type, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (type === "number" && /^(19|20)\d{2}$/.test(match[0])) continue; // a year is a date
      found.push({ type, text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(PERSON)) {
    const [start, end] = match.indices![1]!;
    found.push({ type: "person", text: match[1]!, start: offset + start, end: offset + end });
  }
  for (const match of text.matchAll(/\p{Lu}[\p{L}-]+(?:\s(?:York|Delhi))?/gu)) {
    if (PLACES.has(match[0])) {
      found.push({ type: "place", text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
    }
  }
  return dropOverlaps(found);
}

// Earlier and longer matches win, so "22. April" is one date rather than a number and a date.
function dropOverlaps(entities: Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const entity of sorted) {
    const last = kept[kept.length - 1];
    if (last && entity.start < last.end) continue;
    kept.push(entity);
  }
  return kept;
}

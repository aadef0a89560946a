import type { Entity } from "./types";
import { dropOverlaps } from "./entity-overlaps";
import { AGENCIES, MONTHS, ORGANISATION_PHRASES, PHRASE_OPENERS, TITLE_ENDINGS, TITLES, WEEKDAYS } from "./lexicon";
import { PLACE_PHRASES } from "./gazetteer";
import { placeStem } from "./place-stem";
import { LEGAL_FORMS, pushCompany } from "./company-names";
import { GERMAN_RELATIVE_PERIOD, isGermanNameStart } from "./german-entity-patterns";
import { capitalsPlaceEnd, capitalsRun } from "./capitals-run";
import { tokenize, type Token } from "./tokens";
import { Flag } from "./word-flags";
import { oneLine } from "../text/one-line";

// The endings as written at the end of a compound ("Bundesfinanzminister", "Commerzbank-Chefvolkswirt") and as a
// word of their own ("Analystin Carolin Dettmer": engine read of stop 35).
const TITLE_ENDINGS_CASED = `(?:${TITLE_ENDINGS}|${TITLE_ENDINGS.split("|").map((ending) => ending[0]!.toUpperCase() + ending.slice(1)).join("|")})`;
const CAP = "(?:\\p{Lu}[\\p{L}'’-]+|(?:al|el|ad|as|ash|an)-\\p{Lu}[\\p{L}'’-]+)";
// "May 3, 2024", "3. Mai", "3 May 2024", but in "im Mai 3,4 Millionen" the digits after the month are a decimal, not a day,
// and "im Dezember 48 Stunden" has no 48th (engine read of stop 38).
const DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:\\.\\s?|\\s))?(?:${MONTHS})(?:\\s(?:3[01]|[12]\\d|0?[1-9])(?![.,]\\d|\\d),?)?(?:\\s\\d{4})?\\b|\\b(?:Anfang|Mitte|Ende|early|mid|late)\\s(?:${MONTHS})\\b|` +
    // Agency datelines and tables abbreviate English months, always with a day: "Oct 20", "Sept. 3, 2024".
    `\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s\\d{1,2}\\b(?:,?\\s\\d{4}\\b)?|` +
    `\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b|\\b(?:${WEEKDAYS})\\b|\\b(?:19|20)\\d{2}\\b|` +
    // A time of day is no count: "5 p.m.", "10.30 Uhr".
    `\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|Uhr\\b)`,
  "gu",
);
// Not the digits of a model name ("S-400", "Su-30 MKI", "MiG-29", "F16"): no letter or letter-hyphen before.
// With its unit ("$2 trillion", "45 per cent", "0,3 Prozentpunkte", "£3.5bn"; the currency sign: currencyBefore),
// a whole word ("0.25 percentage point" is no "0.25 percent").
// (Swiss thousands too: "25'000", engine read of stop 40.)
// (And "6 mmHg", "38 gigawatts", "20 €", "1,2 Mrd. €": engine read of stop 43.)
// Nor the number in a stock index's name ("S&P 500", "FTSE 100", "Euro Stoxx 50"), a German road's ("B 27", "L 1208")
// or a telephone number's area code ("07071 972-8660"; engine read of stop 44).
const NUMBER =
  /(?<!\p{L}-?)(?<!\b(?:S&P|FTSE|DAX|Nasdaq|Stoxx|Nikkei|CAC|MSCI|Russell|ASX|STOXX)\s)(?<!\b[BLK]\s)\b(?!0\d)\d+(?:[.,\s'’]\d{3}(?!\d))*(?:[.,]\d+)?(?:\s?(?:%|Prozentpunkten?|Prozent|percentage points?|percent|per cent|Mio\.|Mrd\.|Millionen|Milliarden|Billionen|million|billion|trillion|bn|mn|tn|km\/h|mph|m|Euro|Dollar|US-Dollar|euros|dollars|pounds|km|Tonnen|tonnes|tons|kg|Kilogramm|kilograms?|Gramm|grams?|Liter|litres?|liters?|Kilometern?|kilometres?|kilometers?|miles|Metern?|metres?|meters?|Grad|degrees?|°\s?[CF]|(?<=\d)[CF]|Hektar|hectares?|acres|[kMGT]Wh|[kMG]W|(?:kilo|mega|giga|tera)watt(?:s|stunden|-hours?)?|mmHg|€)(?!\p{L})(?:\s?[€$£](?!\p{L}))?)?/gu;
const YEAR = /^(19|20)\d{2}$/;
const DOTTED_COUNTRY = /(?<![\p{L}.])U\.[SK]\.(?:A\.)?/gu;
const SUNDAY_PAPER = /\b(?:Bild|Welt|Tagesspiegel) am Sonntag\b/gu;
// A name right after a title or office ("Energieminister Alexander Nowak", "Bundesfinanzminister Lars
// Klingbeil"), not after "des …" ("Vorsitzender des Universitätsklinikums …"); group 1 is the name. It
// ends the match, so its offsets follow from the match's without the slower "d" (indices) flag.
// A compound office is read whole and its ending checked behind it: trying every ending at every letter
// of every capitalised word (German capitalises all nouns) was the slowest part of this pattern. A title
// after a hyphen ("FDP-Chef", "Ex-Minister") counts as one.
// (Titles in a row are all titles: a name that starts with a title is tried again from that title, see findEntities.) What an office
// is for is no name: "a spokesperson for Kent Police" (engine read of stop 35: Kent Police had been a person).
// A middle initial belongs to the name: "Dr. James A. Whitaker"; where an office is held is no name: "Kinderaugenarzt am
// Universitätsklinikum Freiburg" (engine read of stop 36).
const PERSON = new RegExp(`(?:\\p{L}+-)?(?:${TITLES}|\\p{Lu}[\\p{L}-]*(?<=${TITLE_ENDINGS_CASED}))\\s(?:(?!(?:der|des|dem|den|die|das|of|the|at|for|from|with|von|vom|bei|für|beim|am|im|an|in|auf|aus|zu|zum|zur|nach|gegen|über|um|mit|ohne|to|on)\\s)\\p{Ll}+\\s){0,3}(${CAP}(?:\\s\\p{Lu}\\.)?(?:\\s${CAP}){1,2})`, "uy");

/**
 * Dates, numbers, persons, organisations and places in `text`, with offsets shifted by `offset`.
 * Pass the unit's tokens when they are at hand; the patterns with digits run only where digits are.
 */
const LIST_NUMBER_START = /^\d{1,3}[.)]\s/;
const EVERY_NTH = /\b(?:[Jj]ede[rsmn]?|[Ee]very)\s+(?:zweite[rsmn]?|dritte[rsmn]?|vierte[rsmn]?|fünfte[rsmn]?|sechste[rsmn]?|zehnte[rsmn]?|second|third|fourth|fifth|sixth|tenth)\b/gu;

export function findEntities(text: string, offset = 0, tokens: Token[] = tokenize(text, offset)): Entity[] {
  const found: Entity[] = [];

  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const flags = token.info.flags;
    seen |= flags;
    if (flags & Flag.NumberWord) pushEntity(found, text, offset, "number", token.start, token.end);
    if (!(flags & Flag.Capitalised)) continue;
    const next = tokens[i + 1];
    // Only a word that starts a known phrase is looked up in the phrase tables (German capitalises every noun).
    const startsPhrase = (flags & Flag.PhraseStart) !== 0;
    const phraseEnd = startsPhrase ? placePhraseEnd(tokens, i) : -1;
    if (phraseEnd > i) {
      pushEntity(found, text, offset, "place", token.start, tokens[phraseEnd]!.start + placeStem(tokens[phraseEnd]!.text).length);
      i = phraseEnd;
    } else if (startsPhrase && next && ORGANISATION_PHRASES.get(token.text) === next.text) pushEntity(found, text, offset, "organisation", token.start, tokens[++i]!.end);
    else if (next && next.info.flags & Flag.Capitalised && next.start === token.end + 1 && i > 0 && isGermanNameStart(tokens[i - 1]!.text, token.text)) {
      pushEntity(found, text, offset, "organisation", token.start, tokens[++i]!.end);
    }
    else if (flags & Flag.Place) pushEntity(found, text, offset, "place", regionStart(text, offset, tokens, i), token.start + placeStem(token.text).length);
    else if (LEGAL_FORMS.has(token.text) && i > 0) pushCompany(found, text, offset, tokens, i);
    else if (flags & Flag.Organisation) {
      const first = organisationStart(text, offset, tokens, i);
      const last = organisationEnd(tokens, i);
      // "eine Organisation", "the Fund": a generic noun alone names no organisation.
      if (first !== last || !GENERIC_ORGANISATION_NOUNS.has(token.text)) pushEntity(found, text, offset, "organisation", tokens[first]!.start, tokens[last]!.end);
      i = last;
    }
    else if (flags & Flag.Acronym) {
      // A place in capitals of two words or more ("NEW YORK (Reuters)") is no organisation, nor any
      // word in capitals before an agency's name ("GENEVA (Reuters)").
      const placeEnd = DATELINE_AGENCY.test(text.slice(token.end - offset, token.end - offset + 16)) ? i : capitalsPlaceEnd(tokens, i);
      if (placeEnd === i) {
        pushEntity(found, text, offset, "place", token.start, token.end);
        continue;
      }
      if (placeEnd > i) {
        pushEntity(found, text, offset, "place", token.start, tokens[placeEnd]!.end);
        i = placeEnd;
        continue;
      }
      // A line in capitals ("THE WEEKLY BYTE", "TOP STORY", "SAN JOSE, Calif.") is a heading or a dateline, not a row of
      // organisations (engine read of stop 41).
      const run = capitalsRun(text, offset, tokens, i);
      if (run > i) {
        i = run;
        continue;
      }
      // "NATO", also as the first part of "EU-Staaten".
      const dash = token.text.indexOf("-");
      pushEntity(found, text, offset, "organisation", token.start, dash === -1 ? token.end : token.start + dash);
    }
  }
  // Digits are word characters, so a text has a digit exactly when one of its words has (all words:
  // `seen` leaves out the words inside a place or organisation phrase).
  let hasDigit = false;
  for (let i = 0; i < tokens.length && !hasDigit; i++) hasDigit = (tokens[i]!.info.flags & Flag.Digit) !== 0;
  if (hasDigit || seen & Flag.DateWord) {
    for (const match of allMatches(DATE, text)) {
      if (match[0] === "May" && isFirstName(text, match.index)) continue;
      pushEntity(found, text, offset, "date", offset + match.index, offset + match.index + match[0].length);
    }
  }
  if (hasDigit) {
    for (const match of allMatches(NUMBER, text)) {
      // "1. Die Ausgaben stiegen …": a numbered list item's number counts nothing.
      if (match.index === 0 && LIST_NUMBER_START.test(text)) continue;
      // "$2000" is money, not a year.
      const start = currencyBefore(text, match.index);
      if (start < match.index || !YEAR.test(match[0])) pushEntity(found, text, offset, "number", offset + start, offset + match.index + match[0].length);
    }
  }
  if (text.includes("ahr") || text.includes("onat") || text.includes("oche") || text.includes("uartal")) {
    for (const match of allMatches(GERMAN_RELATIVE_PERIOD, text)) pushEntity(found, text, offset, "date", offset + match.index, offset + match.index + match[0].length);
  }
  // "jedes dritte Haus", "every fifth child": a share written in words (walk of stop 33: a fact scored 0 %).
  if (text.includes("jede") || text.includes("Jede") || text.includes("very ")) {
    for (const match of allMatches(EVERY_NTH, text)) pushEntity(found, text, offset, "number", offset + match.index, offset + match.index + match[0].length);
  }
  // "U.S." and "U.K." are words the tokenizer splits at their dots.
  if (text.includes("U.S.") || text.includes("U.K.")) {
    for (const match of allMatches(DOTTED_COUNTRY, text)) pushEntity(found, text, offset, "place", offset + match.index, offset + match.index + match[0].length);
  }
  // Sunday papers are no dates ("sagte der Bild am Sonntag"): the paper starts first, so it wins the overlap.
  if (text.includes(" am Sonntag")) {
    for (const match of allMatches(SUNDAY_PAPER, text)) pushEntity(found, text, offset, "organisation", offset + match.index, offset + match.index + match[0].length);
  }
  // Tried only where a title word starts (sticky), not at every position of the unit: each title is
  // one of the unit's words, already flagged by the tokenizer.
  if (seen & Flag.TitleWord) {
    let after = 0;
    for (let i = 0; i < tokens.length; i++) {
      const at = tokens[i]!.start - offset;
      if (!(tokens[i]!.info.flags & Flag.TitleWord) || at < after) continue;
      PERSON.lastIndex = at;
      const match = PERSON.exec(text);
      if (!match) continue;
      // "Der Vorsitzende Richter Dr. Markus Heitmann": a "name" that opens with a title ("Richter Dr") is the next
      // title's, tried at its own token.
      if (startsWithTitle(tokens, offset + at + match[0].length - match[1]!.length)) continue;
      after = at + match[0].length;
      pushEntity(found, text, offset, "person", offset + after - match[1]!.length, offset + after);
    }
  }
  // Most units have no entity: they share one frozen empty list (it is kept in every unit's result).
  return found.length === 0 ? NO_ENTITIES : dropOverlaps(found);
}

const NO_ENTITIES: Entity[] = Object.freeze([]) as unknown as Entity[];

function startsWithTitle(tokens: Token[], start: number): boolean {
  const token = tokens.find((candidate) => candidate.start === start);
  return token !== undefined && (token.info.flags & Flag.TitleWord) !== 0;
}

/** Adds the entity at article offsets [start, end) of `text` (which starts at `offset`); a module function, not a closure per unit. */
function pushEntity(found: Entity[], text: string, offset: number, type: Entity["type"], start: number, end: number): void {
  const verbatim = text.slice(start - offset, end - offset);
  // A name across a hard line break ("Cllr Mark⏎Weston") is shown on one line; start and end keep the exact span.
  found.push({ type, text: oneLine(verbatim), start, end });
}

/**
 * The matches of a global pattern that never matches the empty string, as matchAll finds them, without
 * the copy of the pattern matchAll makes on every call (these are long patterns, run for most units).
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) matches.push(match);
  return matches;
}

/** Where a number at `at` starts with its currency sign ("$2 trillion", "€ 220"): the sign read backwards, not in the pattern (which runs on every unit with a digit). */
function currencyBefore(text: string, at: number): number {
  let start = at;
  if (start > 0 && text.charCodeAt(start - 1) === 32) start--;
  const code = text.charCodeAt(start - 1);
  return code === 36 || code === 0x20ac || code === 0xa3 ? start - 1 : at;
}

// "May Johnson said": a bare "May" before a capitalised word is a first name, unless a word that
// introduces a time comes before it ("in May Germany exported …", "since May Berlin has …").
const NAME_AFTER = /^\s\p{Lu}\p{Ll}/u;
const TIME_BEFORE = /\b(?:in|on|since|until|till|by|from|of|early|mid|late|last|next|this|during|through|before|after)\s$/iu;
function isFirstName(text: string, at: number): boolean {
  return NAME_AFTER.test(text.slice(at + 3, at + 6)) && !TIME_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && !DATE_AFTER.test(text.slice(at + 3, at + 16));
}
const DATE_AFTER = new RegExp(`^\\s(?:${WEEKDAYS}|${MONTHS})\\b`, "u");


// "The Bank", "Laut Bundesbank": the words in front of an organisation that are no part of its name.
const NOT_IN_NAME = new Set(PHRASE_OPENERS);

/**
 * The first token of an organisation whose last word is token `i` ("Bank", "Ministry"): up to three
 * capitalised words right before it ("Acme Bank", "Deutsche Bank", "Russian Defence Ministry").
 */
function organisationStart(text: string, offset: number, tokens: Token[], i: number): number {
  let first = i;
  while (first > 0 && i - first < 3) {
    const before = tokens[first - 1]!;
    const flags = before.info.flags;
    if (!(flags & Flag.Capitalised) || flags & (Flag.DateWord | Flag.TitleWord | Flag.Digit) || NOT_IN_NAME.has(before.text)) break;
    if (tokens[first]!.start - before.end !== 1 || text.charCodeAt(before.end - offset) !== 32) break;
    first--;
  }
  return first;
}

/**
 * The last token of an organisation named "… of (the) X" or "… für X": "Bank of England", "Ministry of
 * Defence", "Bundesagentur für Arbeit", "Bundesamt für Migration und Flüchtlinge".
 */
function organisationEnd(tokens: Token[], i: number): number {
  let at = i + 1;
  if (tokens[at]?.text === "für") return capitalisedRunEnd(tokens, i, at + 1);
  if (tokens[at]?.text !== "of") return i;
  at++;
  if (tokens[at]?.text === "the") at++;
  let last = i;
  while (at < tokens.length && at - i <= 5 && tokens[at]!.start - tokens[at - 1]!.end === 1 && tokens[at]!.info.flags & Flag.Capitalised && !(tokens[at]!.info.flags & Flag.DateWord)) last = at++;
  return last;
}

/** The last of the capitalised words from `at`, joined by "und" ("Migration und Flüchtlinge"); `i` when there are none. */
function capitalisedRunEnd(tokens: Token[], i: number, at: number): number {
  let last = i;
  // Words one space apart only: "Institut für Weltwirtschaft (IfW)" ends before the bracket.
  while (at < tokens.length && at - i <= 5 && tokens[at]!.start - tokens[at - 1]!.end === 1 && tokens[at]!.info.flags & Flag.Capitalised && !(tokens[at]!.info.flags & Flag.DateWord)) {
    last = at++;
    if (tokens[at]?.text === "und" && tokens[at + 1] && tokens[at + 1]!.info.flags & Flag.Capitalised) at++;
  }
  return last;
}

const DATELINE_AGENCY = new RegExp(`^\\s?\\((?:${AGENCIES})\\)`, "u");
const GENERIC_ORGANISATION_NOUNS = new Set(["Organisation", "Organization", "Institut", "Kommission", "Fund", "Department", "Committee", "Reserve"]);

// "Central America", "Northern Ireland", "Western Europe": a part of a place named by where it lies.
const COMPASS_WORDS = new Set("Central North South East West Northern Southern Eastern Western".split(" "));
/** The start of the place at token `i`, with a compass word right before it. */
function regionStart(text: string, offset: number, tokens: Token[], i: number): number {
  const before = tokens[i - 1];
  return before && COMPASS_WORDS.has(before.text) && tokens[i]!.start - before.end === 1 && text.charCodeAt(before.end - offset) === 32 ? before.start : tokens[i]!.start;
}

/** Index of the last token of a multi-word place starting at token `i` ("New Delhi"), or -1. */
function placePhraseEnd(tokens: Token[], i: number): number {
  const rests = PLACE_PHRASES.get(tokens[i]!.text);
  if (!rests) return -1;
  let best = -1;
  for (const rest of rests) {
    const matches = rest.every((word, k) => {
      const token = tokens[i + 1 + k];
      return token !== undefined && (token.text === word || (k === rest.length - 1 && placeStem(token.text) === word));
    });
    if (matches) best = Math.max(best, i + rest.length);
  }
  return best;
}

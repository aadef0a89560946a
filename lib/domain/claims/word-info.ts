import { PLACE_PHRASES, PLACES } from "./gazetteer";
import { isAttributionCue } from "./claimant-patterns";
import { placeStem } from "./place-stem";
import { Flag } from "./word-flags";
import {
  CAUSAL, COMPARISON, DATE_WORDS, ORGANISATION_PHRASES, EVALUATIVE, EVENT, FIRST_PERSON, HEDGES, isSuperlative, NUMBER_WORDS, PREDICTION, SAY_VERBS, STANCE, TITLE_WORDS, ENDS_WITH_TITLE,
} from "./lexicon";
import { NEWSLETTER_WORD_PARTS, PRIVACY_WORD_PARTS } from "./boilerplate";

// Superlatives that open a headline or sentence capitalised ("Largest strike in decades").
const SUPERLATIVE_HEADS = new Set(["largest", "biggest", "highest", "lowest", "best", "worst", "greatest", "oldest", "youngest", "fastest", "strongest", "richest", "poorest", "deadliest", "longest", "smallest"]);

// Everything the engine asks about a single word, worked out once per distinct spelling and then
// looked up: news text repeats its vocabulary, so this replaces most per-word tests with one hash lookup.

export interface WordInfo {
  /** The word as written (one shared string per spelling: later Map and Set lookups reuse its hash). */
  word: string;
  lower: string;
  flags: number;
  /** The last model that scored this word and its sums there (see model/fast-score.ts). */
  scoredBy: object | null;
  slot: number;
  sum: number;
  count: number;
  /** "word: … ↑" and "word: … ↓", made when the model first names this word as a reason. */
  reasonUp: string | null;
  reasonDown: string | null;
}

const ORGANISATION_SUFFIXES = [
  "ministerium", "behörde", "partei", "bank", "konzern", "agentur", "kommission", "Kommission", "institut", "Institut",
  "gericht", "gerichtshof", "verband", "gewerkschaft", "stiftung", "Court", "Tribunal",
  "Ministry", "Agency", "Party", "Bank", "Council", "Commission", "Organization", "Organisation", "Fund", "Department", "Committee", "Reserve", "desamt", "desamtes",
];
// (Names in mixed case that no acronym pattern reads: "AfD", "BaFin", "KfW"; engine read of stop 36.)
const ORGANISATIONS = new Set(["Bundestag", "Bundesregierung", "Kreml", "Kremlin", "Pentagon", "AfD", "BaFin", "KfW"]);
const DIGIT = /\d/;
// Acronyms of things rather than organisations: an economy's output, units, offices, diseases, currencies.
const COMMON_ACRONYMS = new Set(
  "BIP BSP GDP GNP CPI VAT MWST CEO CFO CTO COO KI AI IT TV PC PDF HIV AIDS DNA RNA PCR COVID SARS USD EUR GBP CHF LNG LPG ETF IPO KWH MWH GWH PS".split(" "),
);
const ACRONYM = /^[A-ZÄÖÜ]{2,6}(?:-|$)/;
const LEXICONS = [EVENT, CAUSAL, COMPARISON, PREDICTION, STANCE];
// "word: The ↑", "word: And ↓", "word: 000 ↑" explained nothing to a reviewer (probe of stop 30).
const FUNCTION_WORDS = new Set(
  ("the a an and or but nor so of to in on at by for from with as is are was were be been being am do does did has have had it its this that these those " +
    "he she they we you i me him her them us my your his our their there here which who whom whose what if than then not no " +
    "der die das den dem des ein eine einen einem einer eines und oder aber doch denn so von zu zum zur im in am an auf aus bei mit nach vom für um über unter vor " +
    "ist sind war waren sein hat haben hatte hatten wird werden wurde wurden es er sie wir ihr ich man sich dass als wie wenn nicht auch noch nur").split(" "),
);
const DIGITS_ONLY = /^\d+$/;
const SAY_WORDS = new Set(SAY_VERBS.split("|"));
const PHRASE_STARTS = new Set([...PLACE_PHRASES.keys(), ...ORGANISATION_PHRASES.keys()]);

// Spellings are interned in an open-addressing table keyed by a hash of the word's UTF-16 code units,
// so the tokenizer finds a word's info straight from the text, without cutting the word out as a new
// string and hashing that string again in a Map (the engine's hottest line before).
// The table is small on purpose (256 KB of slots): news vocabulary fits, and a lookup that stays in
// the processor's cache is what makes it fast. When it fills, it starts over.
const TABLE_BITS = 15;
const SLOTS = 1 << TABLE_BITS;
const TABLE_MASK = SLOTS - 1;
const MAX_CACHED = SLOTS / 2; // at most half full: probes stay short
const slotWords: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
const slotInfos: (WordInfo | null)[] = new Array<WordInfo | null>(SLOTS).fill(null);
// Each slot's full hash: a probe compares it before it reads the stored word's characters (another
// word in a slot costs no visit to that string, which is rarely in the processor's cache).
const slotHashes = new Int32Array(SLOTS);
let stored = 0;

export const WORD_HASH_START = 0x811c9dc5;
/** One more code unit into a word's hash (FNV-1a), for callers that hash while they scan. */
export const hashWordCode = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

/** The info of `text.slice(start, end)`, looked up without building that string when it is known. */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  let hash = WORD_HASH_START;
  for (let i = start; i < end; i++) hash = hashWordCode(hash, text.charCodeAt(i));
  return wordInfoHashed(text, start, end, hash);
}

/** wordInfoAt with the word's hash already worked out (see hashWordCode). */
export function wordInfoHashed(text: string, start: number, end: number, hash: number): WordInfo {
  hash |= 0;
  const length = end - start;
  let at = (hash >>> 0) & TABLE_MASK;
  for (let word = slotWords[at]; word !== null; word = slotWords[at]) {
    if (slotHashes[at] === hash && word!.length === length && sameChars(word!, text, start, length)) return slotInfos[at]!;
    at = (at + 1) & TABLE_MASK;
  }
  if (stored >= MAX_CACHED) {
    slotWords.fill(null);
    slotInfos.fill(null);
    stored = 0;
    return wordInfoHashed(text, start, end, hash);
  }
  const info = describe(text.slice(start, end));
  slotWords[at] = info.word;
  slotInfos[at] = info;
  slotHashes[at] = hash;
  stored++;
  return info;
}

function sameChars(word: string, text: string, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

export function wordInfo(word: string): WordInfo {
  return wordInfoAt(word, 0, word.length);
}

function describe(word: string): WordInfo {
  const lower = word.toLowerCase();
  let flags = 0;
  const set = (condition: boolean, flag: Flag) => {
    if (condition) flags |= flag;
  };
  const capitalised = word[0] !== lower[0];
  set(capitalised, Flag.Capitalised);
  // Month and weekday names are capitalised in both languages: "may" is a modal verb, "May" the month
  // (the date patterns match only the capitalised names).
  const dateWord = capitalised && DATE_WORDS.has(lower);
  set(dateWord, Flag.DateWord);
  // "Vice-President", "Ex-Minister": an office after a hyphen is one too.
  const hyphen = lower.lastIndexOf("-");
  set(TITLE_WORDS.has(lower) || (capitalised && ENDS_WITH_TITLE.test(lower)) || (capitalised && hyphen > 0 && TITLE_WORDS.has(lower.slice(hyphen + 1))), Flag.TitleWord);
  // "elf Kliniken" is eleven; "die Elf" (a team) and "Elf" (the creature) are not.
  set(NUMBER_WORDS.has(lower) || word === "elf", Flag.NumberWord);
  // A place in capitals is an agency dateline's city ("BERLIN (dpa)", "LONDON —"), not an acronym.
  const place = capitalised && (PLACES.has(placeStem(word)) || (word.length > 2 && word === word.toUpperCase() && PLACES.has(word[0] + lower.slice(1))));
  set(place, Flag.Place);
  set(capitalised && (ORGANISATIONS.has(word) || ORGANISATION_SUFFIXES.some((suffix) => word.endsWith(suffix))), Flag.Organisation);
  set(ACRONYM.test(word) && !place && !COMMON_ACRONYMS.has(word.replace(/-.*$/, "")), Flag.Acronym);
  // "Bad Homburg", "Great Britain": capitalised, these open a name, they judge nothing.
  set(EVALUATIVE.has(lower) && !NAME_OPENERS.has(word), Flag.Evaluative);
  set(HEDGES.has(lower) && !dateWord, Flag.Hedge);
  set(FIRST_PERSON.has(lower), Flag.FirstPerson);
  // A capitalised word in "-est" is a name ("Clemens Fuest", "Infratest dimap", engine read of stop 45), not a superlative.
  set(isSuperlative(lower) && !(capitalised && lower.endsWith("est") && !SUPERLATIVE_HEADS.has(lower)), Flag.Superlative);
  set(SAY_WORDS.has(lower), Flag.SayVerb);
  set(DIGIT.test(word), Flag.Digit);
  set(PHRASE_STARTS.has(word), Flag.PhraseStart);
  set(NEWSLETTER_WORD_PARTS.some((part) => lower.includes(part)), Flag.NewsletterWord);
  set(PRIVACY_WORD_PARTS.some((part) => lower.includes(part)), Flag.PrivacyWord);
  set(isAttributionCue(lower), Flag.AttributionCue);
  set(FUNCTION_WORDS.has(lower) || DIGITS_ONLY.test(word), Flag.FunctionWord);
  for (const lexicon of LEXICONS) set(lexicon.mayStartWith(lower), lexicon.flag);
  return { word, lower, flags, scoredBy: null, slot: 0, sum: 0, count: 0, reasonUp: null, reasonDown: null };
}

const NAME_OPENERS = new Set(["Bad", "Great"]);

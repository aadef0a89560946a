import { PLACES } from "./gazetteer";
import { placeStem } from "./place-stem";
import { Flag } from "./word-flags";
import {
  CAUSAL, COMPARISON, DATE_WORDS, EVALUATIVE, EVENT, FIRST_PERSON, HEDGES, isSuperlative, NUMBER_WORDS, PREDICTION, SAY_VERBS, STANCE, TITLE_WORDS,
} from "./lexicon";

// Everything the engine asks about a single word, worked out once per distinct spelling and then
// looked up: news text repeats its vocabulary, so this replaces most per-word tests with one hash lookup.

export interface WordInfo {
  lower: string;
  flags: number;
}

const ORGANISATION_SUFFIXES = ["ministerium", "behörde", "partei", "bank", "konzern", "agentur", "Ministry", "Agency", "Party", "Bank", "Council", "Commission"];
const ORGANISATIONS = new Set(["Bundestag", "Bundesregierung", "Kreml", "Kremlin", "Pentagon"]);
const ACRONYM = /^[A-ZÄÖÜ]{2,6}(?:-|$)/;
const LEXICONS = [EVENT, CAUSAL, COMPARISON, PREDICTION, STANCE];
const SAY_WORDS = new Set(SAY_VERBS.split("|"));

const MAX_CACHED = 200_000;
const cache = new Map<string, WordInfo>();

export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (!info) {
    if (cache.size >= MAX_CACHED) cache.clear();
    info = describe(word);
    cache.set(word, info);
  }
  return info;
}

function describe(word: string): WordInfo {
  const lower = word.toLowerCase();
  let flags = 0;
  const set = (condition: boolean, flag: Flag) => {
    if (condition) flags |= flag;
  };
  const capitalised = word[0] !== lower[0];
  set(capitalised, Flag.Capitalised);
  set(DATE_WORDS.has(lower), Flag.DateWord);
  set(TITLE_WORDS.has(lower), Flag.TitleWord);
  set(NUMBER_WORDS.has(lower), Flag.NumberWord);
  set(capitalised && PLACES.has(placeStem(word)), Flag.Place);
  set(capitalised && (ORGANISATIONS.has(word) || ORGANISATION_SUFFIXES.some((suffix) => word.endsWith(suffix))), Flag.Organisation);
  set(ACRONYM.test(word), Flag.Acronym);
  set(EVALUATIVE.has(lower), Flag.Evaluative);
  set(HEDGES.has(lower), Flag.Hedge);
  set(FIRST_PERSON.has(lower), Flag.FirstPerson);
  set(isSuperlative(lower), Flag.Superlative);
  set(SAY_WORDS.has(lower), Flag.SayVerb);
  for (const lexicon of LEXICONS) set(lexicon.mayStartWith(lower), lexicon.flag);
  return { lower, flags };
}

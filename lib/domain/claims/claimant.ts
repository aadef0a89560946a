import type { Claimant, Entity } from "./types";
import { GAVE_TO_CONSIDER, PHRASE_OPENERS, STATES_FIRST, WEEKDAYS } from "./lexicon";
import type { Token } from "./tokens";
import { hasFiniteVerb, sayVerbAfterCommaOrQuote } from "./claimant-cues";
import { COLON_QUOTE, PATTERNS, type MayMatch } from "./claimant-patterns";
import { LEGAL_FORMS } from "./company-names";
import { germanChargeSubject } from "./german-charge";
import { Flag } from "./word-flags";
import { nameInApposition, withoutTitle } from "./claimant-name";

// Who a statement is attributed to, in the common forms of reported speech in German and English:
// "Laut X …", "X zufolge", "nach Angaben von X", "„…“, sagte X", "so X", "wie X mitteilte",
// "X sagte/erklärte …", "according to X", "X said/claimed/added/told", "…,” X claimed",
// "X's data showed", "industry sources said". Titles stay apart from the name:
// "US Treasury Secretary Scott Bessent" → "Scott Bessent".

// ", Prof. Dr. Wolf-Dieter Ludwig," right before the verb: a name in apposition (see acceptedClaimant).
const APPOSITION_BEFORE = /,\s+(?:(?:Dr|Prof)\.\s+)*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},$/u;

// "I said", "And I've said", "He added", "Sie erklärte": a pronoun names nobody a reader can check,
// so it is no claimant (the sentence's connective in front of it is no part of a name either).
const PRONOUN_ONLY =
  /^(?:(?:And|But|As|What|All|So|Now|Und|Aber|Doch|Wie)\s+)?(?:I|I[’']ve|I[’']m|I[’']d|I[’']ll|[Hh]e|[Hh]e[’']s|[Ss]he|[Ss]he[’']s|[Ii]t|[Ii]t[’']s|[Ww]e|[Ww]e[’']ve|[Yy]ou|[Yy]ou[’']ve|[Tt]hey|[Tt]hey[’']ve|[Ee]verybody|[Ee]veryone|[Ii]ch|[Ee]r|[Ss]ie|[Ee]s|[Ww]ir|[Mm]an|[Dd]as|[Dd]ies|[Dd]iese|[Dd]ieses|[Dd]azu)$/u;
const OPENER_WORDS = new Set(PHRASE_OPENERS);
// "Nobody said …", "Kein Experte sagte …", "according to plan", "according to figures released yesterday" (whose?), "Who said …?", "Was sagen Sie …?": no one said it.
const NOBODY = /^(?:plan|schedule|tradition|custom|legend|expectations?|(?:[Tt]he\s+)?(?:new\s+|latest\s+|early\s+|preliminary\s+|provisional\s+|initial\s+|first\s+)?(?:figures|data|statistics|numbers|estimates)|[Nn]obody|[Nn]o one|[Nn]iemand|[Kk]einer|[Kk]eine?\s+\S+|[Nn]o\s+\S+|[Ww]ho|[Ww]er|[Ww]hoever|[Ww]as|[Ww]hat|[Ww]arum|[Ww]hy|[Ww]ie|[Hh]ow)$/u;
// "Am Montag teilte …", "In Berlin said …": a time or place in front of the verb, no speaker.
const LEADING_PREPOSITION = /^(?:Am|Im|Beim|Seit|Nach|Vor|Bei|Während|In|On|At|During|After|Before|Since)\s/u;
// "Letzten Montag sagte Scholz", "Last Monday Biden said", "On Tuesday the ministry said": a time in front is no
// part of the speaker; what follows it may be.
const TIME_QUALIFIER = "Letzten|Vergangenen|Vorigen|Kommenden|Nächsten|Letzte|Vergangene|Kommende|Nächste|Last|Next|This";
const LEADING_TIME = new RegExp(
  `^(?:(?:On|Am)\\s+(?:(?:${TIME_QUALIFIER})\\s+)?(?:${WEEKDAYS})(?:\\s|$)|(?:${TIME_QUALIFIER})\\s+(?:${WEEKDAYS}|Woche|Monat|Jahr|week|month|year|weekend|Wochenende)(?:\\s|$)|(?:${WEEKDAYS})$)`,
  "u",
);

/** The claimant of `text` (offsets shifted by `offset`), preferring a person named inside the phrase. */
export function findClaimant(text: string, entities: Entity[], offset: number, tokens: Token[]): Claimant | null {
  // Every pattern needs a verb of saying, one of the cue words or a quotation after a colon: most units have none.
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) seen |= tokens[i]!.info.flags;
  if (!(seen & (Flag.SayVerb | Flag.AttributionCue)) && !(text.includes(":") && COLON_QUOTE.test(text)) && !(text.includes(" gab") && GAVE_LATE.test(text)) && !(text.includes(" an,") && STATES.test(text))) return germanChargeOrLabel(text, entities, offset);
  if (text.includes(" but ") && SAID_BUT_DID.test(text)) return null;
  for (const [pattern, mayMatch] of PATTERNS) {
    if (!mayMatch(text, tokens, offset)) continue;
    // A match that names nobody leaves the pattern's later matches to try: in "“We said we would …,” Diab told
    // reporters" the quotation's own "We said" comes first (engine read of stop 36).
    pattern.lastIndex = 0;
    for (let tries = 0; tries < MATCHES_PER_PATTERN; tries++) {
      const match = pattern.exec(text);
      const group = match?.indices?.[1];
      if (!match || !group || !match[1]) break;
      const claimant = acceptedClaimant(text, entities, offset, tokens, match, group, mayMatch);
      if (claimant) return acrossLineHyphen(text, offset, claimant);
      if (match[0].length === 0) break;
    }
  }
  return organisationThenSay(text, entities, offset, tokens);
}
const MATCHES_PER_PATTERN = 3;
const GAVE_LATE = new RegExp(GAVE_TO_CONSIDER, "u");
const STATES = new RegExp(STATES_FIRST, "u");
// "X has said the vaccine “protects children,” but he has also promoted unproven treatments": after the "but" the writer
// tells what the speaker did, so the sentence is the writer's, not the speaker's words (engine read of stop 45: the
// wording put the writer's finding in Kennedy's mouth).
const SAID_BUT_DID = /\b(?:said|says|stated|claimed)\b[^.;]{3,200}?,[”"’]?\s+but\s+(?:he|she|they)\s+(?:has|have|had|is|was|were)?\s*(?:also\s+|since\s+|repeatedly\s+)?\p{Ll}+(?:ed|en)\b/u;

/**
 * "nach Angaben des Statis-⏎tischen Bundesamtes": a claimant cut where a word was hyphenated at a line's end goes on
 * to the end of that word and the name's capitalised words after it (engine read of stop 44: the claimant was "Statis-").
 */
function acrossLineHyphen(text: string, offset: number, claimant: Claimant): Claimant {
  if (!claimant.text.endsWith("-")) return claimant;
  const rest = HYPHENATED_REST.exec(text.slice(claimant.end - offset));
  return rest ? { ...claimant, text: claimant.text + rest[0], end: claimant.end + rest[0].length } : claimant;
}
const HYPHENATED_REST = /^[^\S\n]*\n[^\S\n]*\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}-]*)*/u;

function acceptedClaimant(text: string, entities: Entity[], offset: number, tokens: Token[], match: RegExpExecArray, group: [number, number], mayMatch: MayMatch): Claimant | null {
  // ", said the army had lost 300 tanks": a finite verb after the verb of saying makes that the statement, not its speaker.
  if (mayMatch === sayVerbAfterCommaOrQuote && hasFiniteVerb(tokens, offset + group[0], offset + group[1])) return null;
  // "Der Mitherausgeber des Reports, Prof. Dr. Wolf-Dieter Ludwig, kritisierte die Preisbildung": the comma closes a
  // name in apposition, so the speaker is before the verb, not what follows it.
  if (mayMatch === sayVerbAfterCommaOrQuote && APPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index + 1))) return null;
  return claimantIn(text, entities, offset, group);
}

// "Procter & Gamble Co. said …": a company the patterns cannot read as one run of names ("&", the dot
// of "Co."), right before a verb of saying (only companies: other bodies the patterns read as they should). ("so" follows no speaker: see SPEAKER_VERBS.)
function organisationThenSay(text: string, entities: Entity[], offset: number, tokens: Token[]): Claimant | null {
  for (const entity of entities) {
    if (entity.type !== "organisation" || !(entity.text.includes("&") || LEGAL_FORMS.has(entity.text.slice(entity.text.lastIndexOf(" ") + 1)))) continue;
    const next = tokens.find((token) => token.start >= entity.end);
    if (!next || !(next.info.flags & Flag.SayVerb) || next.info.lower === "so") continue;
    if (/^\.?\s$/.test(text.slice(entity.end - offset, next.start - offset))) return { text: entity.text, start: entity.start, end: entity.end };
  }
  return null;
}

/** The first person named within [start, end) (article offsets), as a claimant. */
export function personWithin(entities: Entity[], start: number, end: number): Claimant | null {
  const person = entities.find((entity) => entity.type === "person" && entity.start >= start && entity.end <= end);
  return person ? { text: person.text, start: person.start, end: person.end } : null;
}

/**
 * The person named last within [start, end): the one nearest the verb ("Los Angeles Fire Chief Kristin Crowley said",
 * where "Fire" was a person's name earlier in the article).
 */
function lastPersonWithin(entities: Entity[], start: number, end: number): Claimant | null {
  const person = entities.findLast((entity) => entity.type === "person" && entity.start >= start && entity.end <= end);
  return person ? { text: person.text, start: person.start, end: person.end } : null;
}

// (Also one named by whom they speak for before the word: "A ministry spokesperson said …. “…,” she said." is the
// spokesperson's, not a speaker's named before: engine read of stop 40.)
const SPOKESPERSON_FOR = /^(?:[Aa]n?|[Tt]he|[Ee]ine?)\s+(?:(?:spokes(?:man|woman|person)|Sprecher(?:in)?)\s+(?:for|of|to|von|des|der)\s|(?:[\p{L}'’-]+\s+){1,4}spokes(?:man|woman|person)$)/u;
/** "A spokesperson for Gov. Elena Marsh", "Ein Sprecher von Olaf Scholz", "A ministry spokesperson": someone speaking for another. */
export const isSpokespersonFor = (claimant: string) => SPOKESPERSON_FOR.test(claimant);

const ABBREVIATION_AFTER = /\s+\([^()\s]{1,20}\)$/;
// Words a speaker's phrase never starts with (engine read of stop 47: "at the company", "where officials", "Early",
// "Sachschaden" from "Den Sachschaden schätzt die Polizei …": an object put first, "a move critics"): better none than these.
const NOT_A_SPEAKER = /^(?:(?:at|in|on|of|for|from|with|where|which|whom|that|Den)\s|(?:Early|Late|Initial|Preliminary|Provisional|Final|Recent|Further|Latest)$|an?\s+\p{Ll}+\s+\p{Ll}+s$)/u;

/** The claimant in text[group]: a person named there, else the words without title; null for a pronoun or nobody. */
function claimantIn(text: string, entities: Entity[], offset: number, group: [number, number]): Claimant | null {
  const time = LEADING_TIME.exec(text.slice(group[0], group[1]));
  if (time && group[0] + time[0].length < group[1]) return claimantIn(text, entities, offset, [group[0] + time[0].length, group[1]]);
  if (text.startsWith("Den ", group[0])) return null; // an object put first: "Den Sachschaden schätzt die Polizei …"
  const person = lastPersonWithin(entities, offset + group[0], offset + group[1]);
  // "A spokesperson for Gov. Elena Marsh said": the spokesperson spoke, not the governor (engine read of stop 37).
  if (person?.text.includes(" ") && isSpokespersonFor(text.slice(group[0], group[1]))) return { text: text.slice(group[0], group[1]), start: offset + group[0], end: offset + group[1] };
  if (person) return person;
  const claimant = withoutTitle(text, group[0], group[1], offset);
  const named = claimant && nameInApposition(text, claimant, group[1], offset);
  if (named) return named;
  // "The estimate of …": an article or connective alone names nobody either.
  // (Its abbreviation in brackets is no word of the name: "the U.N. Office for the Coordination of Humanitarian Affairs
  // (OCHA)" was one word too long, and the figures it gave had no source; engine read of stop 45.)
  if (claimant && claimant.text.replace(ABBREVIATION_AFTER, "").split(/\s+/).length <= 8 && !PRONOUN_ONLY.test(claimant.text) && !OPENER_WORDS.has(claimant.text) && !NOBODY.test(claimant.text) && !LEADING_PREPOSITION.test(claimant.text) && !LEADING_TIME.test(claimant.text) && !NOT_A_SPEAKER.test(claimant.text)) {
    return wholeOrganisation(entities, claimant) ?? claimant;
  }
  return null;
}

/** "Henkel AG & Co. KGaA meldete …": the organisation the claimant's words end, when they are only its last part. */
function wholeOrganisation(entities: Entity[], claimant: Claimant): Claimant | null {
  const whole = entities.find((e) => e.type === "organisation" && e.end === claimant.end && e.start < claimant.start);
  return whole ? { text: whole.text, start: whole.start, end: whole.end } : null;
}

/** The subject of a German "warf … vor", "bezeichnete … als" or "sprach von" (see german-charge.ts). */
function germanChargeOrLabel(text: string, entities: Entity[], offset: number): Claimant | null {
  const group = germanChargeSubject(text);
  return group ? claimantIn(text, entities, offset, group) : null;
}

import { LOWER_CASE_BODIES, TITLE_WORDS } from "./lexicon";
import { GERMAN_SAID_HOW, SAY } from "./wording-verbs";
import type { Claimant, Entity, Language } from "./types";

// The front of a sentence as suggestWording takes it off: a speaker the name patterns cannot read, a
// German speaker after the verb, a conjunction before a source. Each answers with the text unchanged
// when its form is not there or the words are not the claimant's.

/** The last word of a name: what a wording must no longer hold once its speaker is out. */
// (After a hard line break too: "the⏎organisers" is "organisers", engine read of stop 43.)
export const lastWord = (text: string) => text.slice(Math.max(text.lastIndexOf(" "), text.lastIndexOf("\n")) + 1);

// "Procter & Gamble Co. said …", "Democrats and Republicans said …": the claimant at the very start.
const SAID_AFTER_CLAIMANT = /^\.?\s+(?:said|says|told\s+(?:reporters|journalists|investors|analysts))\s+(?:that\s+(?!(?:would|will|was|is|could|can|has|had|should|might|must|may)\b))?(?!(?:nothing|little|none|no|not)\b)/u;

/** `text` without "<claimant> said (that)" at its start. */
export function withoutClaimantSaid(text: string, claimant: Claimant): string {
  if (!text.startsWith(claimant.text)) return text;
  const said = SAID_AFTER_CLAIMANT.exec(text.slice(claimant.text.length));
  return said ? text.slice(claimant.text.length + said[0].length) : text;
}

const INVERTED_SAY = "sagte|sagten|erklärte|erklärten|betonte|betonten|warnte|warnten|mahnte|mahnten|forderte|forderten|behauptete|behaupteten|bestätigte|bestätigten|meinte|kritisierte|kritisierten";

// German puts the speaker after the verb when a word or phrase comes first: "Außerdem erklärte
// Finanzminister Christian Lindner, …", "Am Montag teilte das Statistische Bundesamt mit, …". Not a
// separable verb's particle before the comma ("sagte den Besuch ab, …" is "absagen").
const INVERTED_SPEAKER = new RegExp(
  `^[^\\s,]+(?:\\s+[^\\s,]+){0,9}\\s+(?:(?:${INVERTED_SAY})\\s+[^,.;:]{1,80}?(?<!\\s(?:ab|zu|an|auf|vor|aus|bei|fest))` +
    "|teilten?\\s+[^,.;:]{1,80}?\\s+mit|gab(?:en)?\\s+[^,.;:]{1,80}?\\s+bekannt)[,:]\\s+(?!dass\\b)",
  "u",
);

/**
 * True when German `text` (a connective just taken off) starts with a verb of saying and a capitalised
 * word: a speaker with title and name follows, and putting "the subject" first would move the title alone
 * ("Wirtschaftsminister betonte Robert Habeck, …"). After an article ("gab die Polizei bekannt") the order is restored.
 */
export const startsWithSayVerb = (text: string) => SAY_FIRST.test(text);
const SAY_FIRST = new RegExp(`^(?:${INVERTED_SAY}|teilten?|gab|gaben|räumten?|kündigten?|meldeten?)\\s+\\p{Lu}`, "u");

/**
 * German `text` without a fronted phrase, verb of saying and speaker (when the speaker is the claimant). A speaker
 * before the verb goes only with adverbs after it ("X sagte kürzlich, …"): in "Die Linke forderte eine
 * Vermögensteuer, die …" the verb has an object, and the comma opens a relative clause, no speech.
 */
export function withoutInvertedSpeaker(text: string, claimant: Claimant): string {
  const speaker = lastWord(claimant.text);
  // The pattern backtracks over up to ten words before the verb: tried only where such a verb is that near the start.
  const near = INVERTED_VERB.exec(text);
  if (!near || wordsBefore(text, near.index) > 10) return text;
  return text.replace(INVERTED_SPEAKER, (match) => {
    const verb = INVERTED_VERB.exec(match);
    if (!verb || !match.includes(speaker)) return match;
    const after = match.slice(verb.index + verb[0].length);
    return match.indexOf(speaker, verb.index) > verb.index || !CAPITALISED.test(after) ? "" : match;
  });
}
const CAPITALISED = /\p{Lu}/u;
function wordsBefore(text: string, at: number): number {
  let words = 0;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 32) words++;
  return words;
}
const INVERTED_VERB = new RegExp(`\\s(?:${INVERTED_SAY}|teilten?|gab|gaben)\\s`, "u");

// "Aber laut Bundesagentur …", "And according to the IMF, …": the conjunction goes, so the source in front
// is taken off as at a sentence's start.
const CONJUNCTION_BEFORE_SOURCE = /^(?:Und|Aber|Doch|And|But|So)\s+(?=(?:laut|nach Angaben|according to)\s)/u;

/** `text` without a conjunction before a source in front, its next letter capitalised. */
export function withoutConjunctionBeforeSource(text: string): string {
  const conjunction = CONJUNCTION_BEFORE_SOURCE.exec(text);
  if (!conjunction) return text;
  const rest = text.slice(conjunction[0].length);
  return rest[0]!.toUpperCase() + rest.slice(1);
}

// ", und kündigte …": "und" then a lower-case word that opens no clause of its own (no article, pronoun
// or adverb): a verb whose subject is the speaker, who must then stay in the wording.
export const SPEAKER_GOES_ON = /,\s+und\s+(?!(?:der|die|das|den|dem|des|ein|eine|einer|einen|einem|er|sie|es|wir|man|ich|ihr|zwar|dann|auch|so|damit|dabei|zudem|noch|nicht|nur|vor|nach|in|im|am|bei|mit|für|seit|zum|zur)\b)\p{Ll}/u;

// "Maersk, the world's second-largest container carrier, said on Friday it would pause …", "Scholz sagte,
// er werde …": with the speaker gone, the pronoun that stood for them names them. Not for a bare title
// ("President said he wants …"). "it" only where the words taken off call the speaker a company or a body
// ("it will disappear", said of a virus, is not the president), and not before "be" ("it would be difficult");
// German "sie" is as often plural: not that one.
const PRONOUN_FOR_SPEAKER = {
  en: /^(?:[Hh]e|[Ss]he|(?:[Ii]t|[Tt]hey)(?=\s+(?:would|will|had|has|have|plan|plans|planned|expect|expects|expected|intend|intends|intended|aim|aims|want|wants|wanted|could)\s+(?!be\b|to\b)))\s+(?=\p{Ll})/u,
  de: /^[Ee]r\s+(?=\p{Ll})/u,
};
const TOLD_HIM_OR_HER = /\btold\s+(?:him|her)\b/u;
const BODY = new RegExp(`\\b(?:${LOWER_CASE_BODIES}|ministry|government|department|airline|council|commission|party|court|authority|organi[sz]ation|institute|university)\\b`, "iu");

// "they" for a claimant that is several ("Nissan and Mazda said they would …") or a group ("Officials said they …").
const PLURAL_CLAIMANT = /\s(?:and|und)\s|(?:^|\s)\p{Ll}+s$/u;

/**
 * `text` (`removed` just taken off its front) with the claimant for a leading pronoun, and whether one was put in.
 * `organisation`: an organisation entity holds the claimant ("Honda said last month it would …").
 */
export function speakerForPronoun(text: string, removed: string, claimant: Claimant, language: Language, organisation = false): [string, boolean] {
  const pronoun = PRONOUN_FOR_SPEAKER[language].exec(text);
  if (!pronoun || (!claimant.text.includes(" ") && TITLE_WORDS.has(claimant.text.toLowerCase()))) return [text, false];
  if (/^it/i.test(pronoun[0]) && !organisation && !BODY.test(removed)) return [text, false];
  if (/^they/i.test(pronoun[0]) && !PLURAL_CLAIMANT.test(claimant.text)) return [text, false];
  // "told him he would need …": "he" may be the one told. "Sentencing him, Judge X said he had …", "The Commission, which
  // rated the home …, said it had since been taken over": another person or thing came first (engine read of stop 38).
  if (TOLD_HIM_OR_HER.test(removed) || OTHER_REFERENT.test(removed)) return [text, false];
  // "Mr Pryce said she intended to appeal": "she" is someone else, not the barrister (engine read of stop 46: "Pryce intended
  // to appeal"). A title or an office of the other sex says so.
  if (/^(?:[Ss]he)\s/u.test(pronoun[0]) ? MALE.test(removed) : /^(?:[Hh]e|[Ee]r)\s/u.test(pronoun[0]) && FEMALE.test(removed)) return [text, false];
  // "Der Konzern teilte mit, er werde …": the speaker as the sentence named it, with its article ("Konzern wird …" read as a
  // name: engine read of stop 46).
  const named = new RegExp(`^(?:Der|Die|Das|The)\\s+${claimant.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=\\s)`, "u").exec(removed)?.[0] ?? claimant.text;
  return [`${named} ${text.slice(pronoun[0].length)}`, true];
}
const MALE = /(?:^|\s)(?:Mr\.?|Herr|Herrn|Sir|Lord|[Dd]er\s+\p{Lu}\p{L}*(?:minister|präsident|kanzler|sprecher))\s/u;
const FEMALE = /(?:^|\s)(?:Mrs\.?|Ms\.?|Miss|Frau|Dame|Lady|[Dd]ie\s+\p{Lu}\p{L}*in)\s/u;

const OTHER_REFERENT = /,\s+(?:which|who|whose|whom|der|die|das|dessen|deren)\s|(?:^|\s)(?:him|her|his|them|ihn|ihm|ihr|ihnen)\s/iu;

/** True when an organisation entity holds the claimant ("Honda", "Toyota Motor Corp"): "it" may stand for it. */
const isOrganisation = (claimant: Claimant, entities: Entity[]) =>
  entities.some((entity) => entity.type === "organisation" && entity.start <= claimant.start && claimant.end <= entity.end);

// "The Treasury said the move would save £1.4bn": reported speech moves the speaker's "will" back to
// "would"; with "said" gone, the claim is the speaker's own tense again ("The move will save £1.4bn").
// Only the first "would" near the front (the reported clause's verb), not "would have".
// (Not after another verb: "the administration was confident the policy would work" keeps it.)
const BACKSHIFTED_WILL = /^((?:(?!\b(?:was|were|is|are|has|had|have)\b)[^,;]){0,60}?\s)would(?=\s+(?!have\b)\p{Ll})/u;
const PAST_SAY = /\b(?:said|told|added|announced|estimated|stated|insisted|claimed|noted)\b/u;
export function withoutBackshift(text: string, removed: string): string {
  return PAST_SAY.test(removed) ? text.replace(BACKSHIFTED_WILL, "$1will") : text;
}

/**
 * `text` once its speaker (`removed`) went off its front: the speaker named for a leading pronoun, and in
 * English the speaker's own tense again; with whether a pronoun was replaced.
 */
export function afterSpeakerOut(text: string, removed: string, claimant: Claimant, language: Language, entities: Entity[]): [string, boolean] {
  const [named, replaced] = speakerForPronoun(text, removed, claimant, language, isOrganisation(claimant, entities));
  return [language === "en" ? withoutBackshift(named, removed) : named, replaced];
}

// A list item's mark is layout, not words: "- Anträge können bis zum 31. März gestellt werden." Not a club's number:
// "1. FC Nürnberg", "1. FSV Mainz 05" (engine read of stop 41: the wording began "FC Nürnberg").
const LIST_MARK = /^(?:[-*•–—▪◦]|\d{1,3}[.)](?!\s+(?:F?C|FSV|SC|SV|FFC|BFC|HFC|VfB|VfL|TSV)\s))\s+/u;
// An interview's turn label is layout too: "Q: …", "A: No. Costs rose …", "Frage: …", "Antwort: Ja." (engine read of stop 43).
// So are a post's and a ticker's alarm labels: "BREAKING: The government just admitted …", "Eilmeldung: …",
// "Übrigens:", "Zum Vergleich:" (engine read of stop 44).
const INTERVIEW_LABEL = /^(?:Q|A|F|Frage|Antwort|Question|Answer|BREAKING|Breaking|BREAKING NEWS|Breaking news|JUST IN|Just in|EILMELDUNG|Eilmeldung|EIL|Eil|Übrigens|Zum Vergleich|Fazit|Update|UPDATE|Behauptung|Die Behauptung|Claim|The claim|Fakten|Facts|Bewertung|Verdict|Rating|Einordnung|Kontext|Context)\s*:\s+(?=\S)/u;
/** `text` without a list item's mark or an interview's "Q:"/"A:" label in front. */
export function withoutListMark(text: string): string {
  const unmarked = LIST_MARK.test(text) ? text.replace(LIST_MARK, "") : text;
  return INTERVIEW_LABEL.test(unmarked) ? unmarked.replace(INTERVIEW_LABEL, "") : unmarked;
}

// "“We are not going to meet the 2030 target”: Interview with Fatih Birol": a headline's quotation, its speaker named after it.
const QUOTE_THEN_SPEAKER = /^[„"“»]([^„"“”«»]{3,200})[“"”«]\s*[:–—-]\s+(.{3,120})$/u;

// "„Es ist möglich, …“, sagte der Neurologe Frank Jessen von der Uniklinik Köln, der nicht an der Studie beteiligt war.":
// a quotation, its speaker and a clause on the speaker (engine read of stop 47: the wording was that clause alone).
const QUOTE_THEN_SPEAKER_CLAUSE = new RegExp(`^[„"“»]([^„"“”«»]{3,600}?),?[“"”«],?\\s+(?:${SAY})\\s+([^,„"“”«»]{2,150}),\\s+(?:der|die|das|who|which|whose)\\s[^„"“”«»]{2,200}$`, "u");

/** The quotation a headline opens with, or one followed by its speaker and a clause on them; else null. */
export function quoteBeforeSpeaker(text: string, claimant: Claimant): string | null {
  const found = QUOTE_THEN_SPEAKER.exec(text) ?? QUOTE_THEN_SPEAKER_CLAUSE.exec(text);
  return found && found[2]!.includes(lastWord(claimant.text)) ? found[1]! : null;
}

// "He said the company had cut …", "Er sagte, die Regierung habe …": a pronoun names no claimant, but it
// is no part of the claim either. English needs "that" or a clause's first word after the verb.
export const LEADING_PRONOUN_SPEAKER = new RegExp(
  "^(?:(?:And|But|So|Und|Aber|Yet|However,|Meanwhile,|Still,)\\s+)?(?:" +
    // Not after "added" or "noted" without "that" ("He noted a few …"), nor an object ("said a lot of things"),
    // nor "I" ("He said I misled …": without him it would be the speaker's "I"); a clause may start with a noun
    // of one or two words before its verb ("He said vaccination rates had dropped …").
    "(?:He|She|They|he|she|they)\\s+(?:(?:also|later|then|again)\\s+)?(?:(?:said|says|added|noted|argued|warned|claimed|insisted|pointed out|stressed|explained|admitted|acknowledged|conceded|predicted|estimated)\\s+that\\s+|(?:said|says|argued|warned|claimed|insisted)" +
    "(?:,\\s+(?!I\\b)|\\s+(?=(?:the|it|he|she|they|there|his|her|their|its|this|these|at least|more than|fewer than|less than|nearly|almost)\\s|(?!I\\b)\\p{Lu}|\\d|(?:\\p{Ll}+\\s+){1,2}(?:had|have|has|was|were|is|are|would|will|could)\\s|an?\\s+(?!(?:lot|while|moment|few|couple|bit|little|great|good|number|year|day|week|month|minute|time|long)\\s)(?:(?!(?:that|ago|which|who)\\s)[\\p{Ll}-]+\\s+){1,8}(?:had|have|has|was|were|is|are|would|will|could|now|costs?)\\s)))" +
    `|(?:Er|Sie)\\s+(?:sagte|sagten|erklärte|erklärten|betonte|betonten|warnte|warnten|fügten? hinzu)${GERMAN_SAID_HOW},\\s+(?!dass\\b)` +
    // Before a quotation: "He added: …", "Er sagte: …" (stop 35), "Er warnte aber: …", "Asked whether …, he replied: …" (stop 47).
    `|(?:He|She|They|Er|Sie)\\s+(?:(?:also|later|then|zudem|auch)\\s+)?(?:said|added|replied|told\\s+\\p{Ll}+|wrote|warned|sagte|erklärte|betonte|warnte|antwortete|fügte\\s+hinzu|räumte\\s+ein|schrieb)` +
    `(?:\\s+(?:aber|jedoch|zudem|auch|dann|nun|später|außerdem))?(?:\\s+(?:am|im|beim|auf|bei|vor|gegenüber|nach|on|at|in)\\s[^,:„"“]{1,50})?:\\s+|Asked\\s[^:]{1,160}?,\\s+(?:he|she|they)\\s+(?:said|replied|answered|added):\\s+)`,
  "u",
);

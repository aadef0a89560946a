import { isSpaceCode } from "../text/is-space-code";
import { isReportedSpeech, isSubstituteSpeech } from "./german-indicative";
import type { Claimant, Language, Unit } from "./types";

// Whom a unit's words belong to when it names no speaker of its own: the person a "he said" means, a German
// reported speech going on, a quotation going on after its speaker was named.

// "He said vaccination rates had dropped …", "Sie betonte, …": a pronoun and a verb of saying open the sentence,
// after a connective ("However, she warned that …") and with an adverb ("She also claimed that …") too.
const ENGLISH_PRONOUN_VERBS = "said|says|added|told|noted|argued|warned|claimed|insisted|stressed|explained|pointed out|replied|estimated|admitted|acknowledged|conceded|predicted|wrote";
const PRONOUN_SAID = {
  en: new RegExp(`^(?:(?:However|But|And|Yet|Still|Meanwhile|Separately|Later|Earlier),?\\s+)?(?:He|She|he|she)\\s+(?:(?:also|later|then|again|further|previously|had)\\s+)?(?:${ENGLISH_PRONOUN_VERBS})\\b`, "u"),
  // German puts the pronoun after the verb when an adverb opens the sentence: "Zugleich verwies er darauf, …".
  de: /^(?:(?:Er|Sie)\s+(?:(?:zudem|außerdem|auch|zugleich|später|dann|weiter|ferner)\s+)?(?:sagte|sagt|erklärte|betonte|fügte|warnte|kritisierte|forderte|verwies)|(?:Zudem|Außerdem|Zugleich|Später|Dann|Auch|Allerdings|Weiter|Ferner)\s+(?:sagte|erklärte|betonte|warnte|kritisierte|forderte|verwies|behauptet|behauptete)\s+(?:er|sie))\b/u,
};

// "“This is the most successful project …,” he told reporters.", "„…“, sagte er.": a quotation that ends with its pronoun speaker.
// "Sales in China amounted to about $50 million, he said." too (engine read of stop 33): a statement without quotation marks.
const QUOTE_THEN_PRONOUN_SAID = {
  // ", he said, adding that …" goes on with the same speaker.
  // Between two parts of one quotation too: "“…,” she told reporters on a visit to a factory in Derby, “but …”" (engine read of stop 38).
  en: new RegExp(`(?:[”"“]\\s*,?|,)\\s*(?:he|she)\\s+(?:${ENGLISH_PRONOUN_VERBS})\\b(?:[^"“”,;]{0,60}$|,\\s+adding\\s|[^"“”;]{0,80},\\s*[“"])`, "u"),
  // Also in the middle of a quotation: "»Von Überforderung«, fügte er hinzu, »kann …«" (engine read of stop 35).
  // In the present as well ("…“, sagt sie": local news, engine read of stop 39), and after a Swiss «…».
  de: /(?:[“"«»]\s*,|,)\s*(?:sagte|sagt|betonte|betont|erklärte|erklärt|fügte|fügt|warnte|warnt|kritisierte|forderte|meint|meinte|behauptete|behauptet|bestätigte|ergänzte|versicherte)\s+(?:er|sie)\b(?:[^„“",;]{0,60}$|(?:\s+hinzu)?\s*,\s*[„"»])/u,
};

// "Nach seinen Angaben wurden …", "Nach seinen Worten fehlen …", "Ihren Angaben zufolge …": the source is the person just named.
const PRONOUN_SOURCE = /^(?:Nach (?:seinen|ihren) (?:Angaben|Worten)|(?:Seinen|Ihren) Angaben zufolge)\s/u;
// Inside the sentence, and "demnach" (according to it): "Jedes Jahr kommen nach ihren Angaben rund 440.000 Fälle hinzu.",
// "Die Union gewann demnach 28,5 Prozent." are the source's the sentence before names (engine read of stop 47).
export const SOURCE_REFERENCE = /(?:^|\s)(?:[Nn]ach (?:seinen|ihren|deren) (?:Angaben|Worten)|(?:[Ss]einen|[Ii]hren|[Dd]eren) Angaben zufolge|[Dd]emnach)(?=[\s,])/u;

/** The one person a unit names, as a claimant ("Arbeitsminister Hubertus Heil (SPD) verwies auf …"); null for none or several. */
function onlyPersonIn(unit: Unit | undefined): Claimant | null {
  const people = unit?.entities.filter((entity) => entity.type === "person") ?? [];
  return people.length === 1 ? { text: people[0]!.text, start: people[0]!.start, end: people[0]!.end } : null;
}

// German reports speech in the subjunctive: "„…“, sagte Spahn. Die Zahl der Wärmepumpen sei um die Hälfte
// eingebrochen." goes on in Spahn's words, without naming him again. Only right after a unit with a claimant,
// and not in the first person ("Ich habe …" is the indicative).
// A quotation on its own right after a quoted speaker is theirs too: "“…,” he told reporters. “Crime is down by
// half since 2010.”" (engine read of stop 34).
// A quotation introduced by a colon is the speaker's the sentence before names ("…, Richard Burgon, set out his
// objections at length:"), and a quotation that runs over several paragraphs (each opens with a quotation mark and
// only the last closes) stays theirs (engine read of stop 34).
function continuedSpeaker(text: string, language: Language, previous: Unit | undefined, previousText: string | undefined): Claimant | null {
  if (!previous || previousText === undefined) return null;
  if (isQuotedSpeech(text) && /:\s*$/.test(previousText)) return previous.claimant ?? onlyPersonIn(previous) ?? nameInCommas(previous, previousText);
  // Reported speech after a sentence that names one person without a verb of saying ("Golla fand deutliche Worte.",
  // "Auch Tino Sorge unterstützte den Vorstoß.") is that person's (engine read of stop 36: no claimant at all).
  // Not when the sentence names a speaker of its own the patterns could not read ("Der Eigentümerverband Haus & Grund sagt,
  // die Bremse habe …": engine read of stop 38 gave it to the interviewee before).
  // Nor when it says whose words they are without a name ("…, hieß es in Brüssel": engine read of stop 43).
  if (language === "de" && (isReportedSpeech(text) || isSubstituteSpeech(text)) && !OWN_SPEAKER_FIRST.test(text) && !(text.includes(" es") && IT_WAS_SAID.test(text))) return previous.claimant ?? onlyPersonIn(previous);
  if (!previous.claimant) return null;
  // (Also after reported speech that ends with its speaker: "Es sei das dritte Unglück …, sagte Ortsvorsteherin Gisela
  // Hummel. „Wir fordern seit Jahren eine Ampel …“" is hers; engine read of stop 44.)
  return isQuotedSpeech(text) && (QUOTATION_MARK.test(previousText) || SPEAKER_AT_END.test(previousText)) ? previous.claimant : null;
}
const SPEAKER_AT_END = /,\s*(?:sagte|sagt|erklärte|betonte|warnte|kritisierte|said|says|added|told reporters)\s+[^,.!?]{2,80}[.!]$/u;

const IT_WAS_SAID = /,\s*(?:hieß|heißt)\s+es\b/u;
// (Denials, doubts and questions too: "Der Konzern dementierte, dass …", "Sie fragte, ob …" went to the minister named
// before, engine read of stop 44.)
const OWN_SPEAKER_FIRST =
  /^[^,„“"»«]{3,80}\s(?:sagt|sagte|sagen|sagten|erklärt|erklärte|meint|meinte|behauptet|behauptete|betont|betonte|warnt|warnte|kritisiert|kritisierte|dementiert|dementierte|dementierten|bestreitet|bestritt|bestritten|bezweifelt|bezweifelte|bezweifeln|fragt|fragte|fragten|versichert|versicherte|beteuert|beteuerte|widersprach|entgegnete|erwiderte|bekräftigte|unterstrich|ergänzte|mahnte|schrieb|schreibt)\s*,/u;

// ", the Labour MP for Leeds East, Richard Burgon, set out …": a name of two or three words between commas.
const NAME_IN_COMMAS = /,\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}),/gu;
function nameInCommas(unit: Unit, text: string): Claimant | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(NAME_IN_COMMAS)) last = match;
  if (!last) return null;
  const start = unit.start + last.index + last[0].indexOf(last[1]!);
  return { text: last[1]!, start, end: start + last[1]!.length };
}

const IT_SAID = /,\s*it\s+(?:said|says|added|noted|reported|announced|stated|warned|confirmed|wrote)(?:\s+(?:on|in)\s+[^,.]{1,40})?[.!]?$/u;

/** The organisation a unit is about: its claimant when that is no person, else the organisation it names first near its start. */
function organisationOf(unit: Unit | undefined): Claimant | null {
  if (!unit) return null;
  const claimant = unit.claimant;
  const isPerson = (span: Claimant) => unit.entities.some((entity) => entity.type === "person" && entity.start <= span.end && entity.end >= span.start);
  if (claimant && !isPerson(claimant)) return claimant;
  const first = unit.entities.find((entity) => entity.type === "organisation");
  return first && first.start - unit.start <= SUBJECT_REACH ? { text: first.text, start: first.start, end: first.end } : null;
}

/** The unit is quoted speech alone: one quotation, or a paragraph of a quotation that goes on into the next one. */
// Read by hand, once over the text: the patterns for both forms backtracked through every unit that opens with a quotation.
export function isQuotedSpeech(text: string): boolean {
  if (text.length < 3 || !QUOTATION_MARKS.includes(text[0]!)) return false;
  let end = text.length;
  if (end > 1 && ".!?".includes(text[end - 1]!) && QUOTATION_MARKS.includes(text[end - 2]!)) end--;
  for (let i = 1; i < end; i++) {
    if (QUOTATION_MARKS.includes(text[i]!)) return i === end - 1 && i >= 3;
  }
  return true;
}
const QUOTATION_MARKS = "“”\"„»«";
const QUOTATION_MARK = /[“”"„»«]/u;

/** Whom the unit's words belong to without a speaker of its own (see above), or null. */
export function referredSpeaker(text: string, language: Language, lastSpeaker: Claimant | null, previous: Unit | undefined, previousText: string | undefined, insideQuote = false): Claimant | null {
  if (lastSpeaker && (PRONOUN_SAID[language].test(text) || QUOTE_THEN_PRONOUN_SAID[language].test(text))) return lastSpeaker;
  // "The company did not record any H20 sales …, it said.": the organisation the sentence before is about (engine read of stop 45).
  if (language === "en" && text.includes(" it ") && IT_SAID.test(text)) return organisationOf(previous);
  // A sentence in the middle of a quotation of several sentences is the quoted speaker's: 'He said: "… rising.
  // Instead they are going up …"' (engine read of stop 35: the later sentences had no claimant).
  if (insideQuote && previous?.claimant) return previous.claimant;
  if (language === "de" && PRONOUN_SOURCE.test(text)) return lastSpeaker ?? onlyPersonIn(previous);
  if (language === "de" && (text.includes("Angaben") || text.includes("emnach")) && SOURCE_REFERENCE.test(text)) return previous?.claimant ?? lastSpeaker ?? onlyPersonIn(previous);
  return continuedSpeaker(text, language, previous, previousText);
}

/**
 * The one person a unit names near its start, as whom a later "he said" means: "Home Secretary Michael Thornbury
 * dismissed the speech. “…,” he told reporters." Null when it names several, or only later in the sentence (an object).
 */
export function subjectPerson(unit: Unit, text?: string): Claimant | null {
  const person = onlyPersonIn(unit);
  if (person) {
    if (person.start - unit.start <= SUBJECT_REACH) return person;
    // German puts the subject after the verb: "Kritischer äußerte sich der frühere Weltmeister Sven Kittelmann, …" (engine read of stop 35).
    return text !== undefined && SAID_BEFORE_SUBJECT.test(text.slice(0, person.start - unit.start)) ? person : null;
  }
  // A name introduced with an apposition opens the sentence: "Margaret Lyle, 71, who uses …, said …", "Jennifer
  // Coles, a senior staff attorney at …, called the ruling …" (engine read of stop 35: a later "she said" went to an
  // earlier speaker).
  const named = text === undefined || unit.entities.length > 0 && unit.entities[0]!.start === unit.start ? null : NAME_WITH_APPOSITION.exec(text);
  if (named) {
    const start = unit.start + named[0].indexOf(named[1]!);
    return { text: named[1]!, start, end: start + named[1]!.length };
  }
  // A court report names its people by role: "Der Angeklagte selbst gab … zu. „…“, sagte er." (engine read of stop 34).
  const role = text === undefined ? null : COURT_ROLE.exec(text);
  return role ? { text: role[0], start: unit.start, end: unit.start + role[0].length } : null;
}
const COURT_ROLE = /^(?:Der|Die)\s+(?:(?:Angeklagte|Angeklagter|Zeuge|Zeugin|Nebenkläger|Nebenklägerin|Kläger|Klägerin|Beklagte|Beklagter|Verteidiger|Verteidigerin))\b/u;
const SUBJECT_REACH = 40;
const SAID_BEFORE_SUBJECT = /^\p{Lu}\p{Ll}*\s+(?:äußerte|äußerten|sagte|erklärte|betonte|warnte|meinte)\s+(?:sich\s+)?(?:der|die)\s+(?:[\p{L}-]+\s+){1,3}$/u;
// (With a middle initial and a title too: "Catherine D. Ingram, a Democrat from Cincinnati, voted no", "Dr. James A.
// Whitaker, a neurologist …": engine read of stop 36.)
const NAME_WITH_APPOSITION = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?(?:[ -]\p{Lu}\p{Ll}+){1,2}),\s+(?:\d{1,3},|(?:a|an|the|who|der|die|eine?)\s)/u;

/**
 * Whether a quotation is still open after `text`, given whether one was open before it: German opens with „ or »
 * and closes with “ or «, English opens with “ and closes with ”; a straight " opens or closes. Apostrophes
 * (’) and single marks are left out: "It’s" inside a quotation closes nothing.
 */
export function quotationOpenAfter(text: string, open: boolean, language: Language): boolean {
  // Character codes, not one-character strings: every unit of every article is read.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? code !== 34 : code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201e)) continue;
    if (code === 34) open = !open;
    else if (code === 0x201e) open = true; // „
    else if (code === 0x201d) open = false; // ”
    // » opens German »…« and closes Swiss and French «…»: by where it stands (engine read of stop 38: after a Swiss
    // «…», sagte Reiß the agency's next sentence counted as still inside the quotation).
    else if (code === 0xbb) open = !(open && closesHere(text, i));
    else if (code === 0xab) open = !open && !closesHere(text, i);
    else open = language !== "de"; // “ opens English quotations and closes German ones
  }
  return open;
}
/** A quotation mark at `at` stands where one closes: right after a word or punctuation, before a space, punctuation or the end. */
function closesHere(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  const after = at + 1 < text.length ? text.charCodeAt(at + 1) : 32;
  return !isSpaceCode(before) && (isSpaceCode(after) || after === 44 || after === 46 || after === 59 || after === 58 || after === 33 || after === 63 || after === 41);
}

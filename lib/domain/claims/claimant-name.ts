import type { Claimant } from "./types";
import { ACADEMIC_TITLES, ENDS_WITH_TITLE, GERMAN_WORKS, LOWER_CASE_OFFICES, MONTHS, TITLES, WEEKDAYS } from "./lexicon";

// A claimant's name as written on its own: without title, article, connective, where the person comes from,
// to whom it was said or when; and the person an office introduces ("Der Chef der …, Friedrich München, …").

// Every word of a title, and the lower-case offices ("Met Office chief meteorologist Neil Armitage"), but not "Police" or "Fire",
// which are titles only with "Chief" after them: "Police Scotland says" is the force (engine read of stop 39).
const TITLE_WORDS = new Set([
  ...TITLES.replace(/\\\./g, ".").split("|").flatMap((title) => title.split(" ")).filter((word) => word !== "Police" && word !== "Fire"),
  ...LOWER_CASE_OFFICES.split("|"),
]);
// "The Justice Department", "Sheriff's Office": a title word that names a body with the noun after it, no person.
const BODY_AFTER_TITLE = new Set(["Department", "Ministry", "Office", "Court", "Agency", "Service", "Committee", "Council", "Commission", "Bureau", "Authority", "Ministerium", "Amt", "Behörde"]);
const LEADING_ARTICLE = /^(?:the|der|die|das|den|dem|des)\s+/i;
const BODY_KIND_BEFORE_NAME =
  /^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:firm|company|consultancy|agency|group|drugmaker|carmaker|automaker|bank|lender|insurer|retailer|airline|broadcaster|newspaper|charity|watchdog|regulator|union|startup|pollster|manufacturer|operator|provider|platform|magazine)\s+(?=\p{Lu})|^(?:(?:Auto|Chemie|Pharma|Energie|Rüstungs|Technologie|Elektronik|Software|Lebensmittel|Mode|Stahl|Handels|Versicherungs|Medien)?(?:konzern|Konzern|hersteller|Hersteller)|Autobauer|Versicherer|Versorger|Discounter|Einzelhändler|Onlinehändler|Finanzdienstleister|Zulieferer|Chipkonzern|Stromversorger|Netzbetreiber)\s+(?=\p{Lu})/u;
// A sentence's first word in front of the name ("As George Will said", "And Colin Powell said", "Although Putin said").
const LEADING_CONNECTIVE = /^(?:And|But|As|So|Now|Then|Recently|Later|Earlier|Meanwhile|Also|Even|Still|Although|Though|While|Whereas|Und|Aber|Doch|Auch|Dann|Später|Obwohl|Während)\s+(?=\p{Lu}|(?:the|an?|der|die|das)\s)/u;

// ", Andrea Nahles," after the office: a name of two to four words between commas (or ending the sentence).
// A person's name of two to four words, as it follows an office between commas.
const HOLDER_NAME = "(?:(?:Dr|Prof)\\.\\s+)?\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:von\\s+|van\\s+|de\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}";
const APPOSED_NAME = new RegExp(`^,\\s+(${HOLDER_NAME})(?:,|[.!]?$)`, "u");

/**
 * "sagte die Vorstandsvorsitzende der Bundesagentur, Andrea Nahles, …", "Der Chefvolkswirt der ING, Carsten
 * Brzeski, sprach …": an office followed by its holder's name between commas; the person is the claimant.
 */
export function nameInApposition(text: string, claimant: Claimant, groupEnd: number, offset: number): Claimant | null {
  if (!claimant.text.split(/\s+/).some((word) => TITLE_WORDS.has(word) || ENDS_WITH_TITLE.test(word))) return null;
  const name = APPOSED_NAME.exec(text.slice(groupEnd, groupEnd + 80));
  if (!name) return null;
  const start = groupEnd + name[0].indexOf(name[1]!);
  return withoutTitle(text, start, start + name[1]!.length, offset);
}

// "Der Chef der Krankenhausgesellschaft Sachsen, Friedrich München, begrüßte …": an office, then its holder between commas.
const OFFICE_THEN_NAME = new RegExp(`^(?:Der|Die|The)\\s+([^,]{1,80}),\\s+(${HOLDER_NAME}),\\s`, "du");

/**
 * The person an office at the start of a sentence introduces, whatever the verb after it ("begrüßte", "sprach von"):
 * whom a "sagte er" in the next sentence means (walk of stop 33: it went to the minister quoted before).
 */
export function officeHolderIn(text: string, offset: number): Claimant | null {
  const match = OFFICE_THEN_NAME.exec(text);
  if (!match || !match[1]!.split(/\s+/).some((word) => TITLE_WORDS.has(word) || ENDS_WITH_TITLE.test(word))) return null;
  const [start, end] = match.indices![2]!;
  return { text: match[2]!, start: offset + start, end: offset + end };
}

const MEDIUM_TOLD = /\s+(?:der|dem)\s+(?:Deutschen Presse-Agentur|Nachrichtenagentur\b|(?:[\p{L}-]+-)?Zeitung\b|Agentur\b|Sender\b|Magazin\b|dpa\b|Reportern\b|Journalisten\b)[^]*$/u;
const NAME_THEN_DATA = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:data|figures|statistics|estimates|numbers)$/u;
const TRAILING_WHEN = new RegExp(
  // ("teilte das Statistische Bundesamt gestern mit": engine read of stop 37.)
  `\\s+(?:(?:published|released|issued|compiled)\\s+)?(?:(?:on|in|last|this|am|im)\\s+(?:${WEEKDAYS}|${MONTHS})|(?:(?:earlier|later)\\s+)?(?:last|this)\\s+(?:week|month|year)|(?:vorgestern|gestern|heute|yesterday|today)(?:\\s+(?:früh|morgen|abend|nachmittag|vormittag|mittag|morning|afternoon|evening))?)$`,
  "u",
);
const TOLD_TO = /\s+dem\s+\p{Lu}[^,;:]*$/u;
// ("kündigte Miriam Adler an": engine read of stop 47.)
const TRAILING_PARTICLE = /\s+(?:ein|an|hinzu|weiter|zudem|außerdem|ebenfalls|bereits)$/u;
// (And where they work: "Frank Jessen von der Uniklinik Köln", engine read of stop 47; "Ursula von der Leyen" has one name before "von".)
const PERSON_FROM = /(?<=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+(?:aus\s+\p{Lu}[\p{L}-]*\.?|(?:vom|von\s+der|von\s+den|von\s+dem)\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}\.?)$/u;
// English: "Prof Peter Thorne of Maynooth University", "Jane Doe at the IMF" (engine read of stop 47); not "University College of
// London", "Bank of England", "The Secretary of Defense", nor after an office that names its place: "King Abdullah of Jordan"
// (NOT_A_PERSON).
const PERSON_OF = /(?<=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}\.?$/u;
const NOT_A_PERSON = /^(?:The|A|An)\s|\b(?:King|Queen|Prince|Princess|Emperor|Sultan|Emir|Sheikh|Crown|Duke|Duchess|Pope|Archbishop|Bishop|Senator|President|Governor|Prime|Minister|Joint|Chiefs|Staff|Constitution|Secretary|University|College|Bank|Institute|School|Department|Ministry|Office|Court|Council|Museum|Church|Hospital|Centre|Center|Foundation|Society|Academy|Federal|National|Royal|Central|State|Board|Agency|Commission|Committee|Bureau|Union|Association|Service|Services|Trust|Fund|Group|League|Party|Parliament|Assembly|Senate|House|Company|Corporation|Chamber|Authority|Organization|Organisation|Federation|Alliance|Network)\b/u;
const ABBREVIATION_AT_END = /(?:^|[\s.])\p{Lu}\.$|(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.$/u;
// "data from …", "Angaben des …", "einer Studie der …": the source is the name at the end.
const DATA_FROM = new RegExp(`^(?:\\p{Ll}\\S*\\s+)?(?:\\p{Ll}\\S*\\s+(?:from|by|von)|(?:${GERMAN_WORKS})\\s+(?:von|des|der))\\s`, "u");
// German names the source whole after the noun: "einer Studie des Instituts der deutschen Wirtschaft", "einer Auswertung des
// Immobilienportals ImmoScout24" (engine read of stop 40: "einer Auswertung").
const GERMAN_DATA_OF = new RegExp(`^(?:(?:\\p{Ll}\\S*|Einer|Einem|Eines|Den|Dem|Der)\\s+)?(?:${GERMAN_WORKS})\\s+(?:von|des|der)\\s+(?=\\p{Lu})`, "u");

/**
 * The phrase without a leading article and, where titles precede a capitalised name, without the
 * titles: "US Treasury Secretary Scott Bessent" → "Scott Bessent"; "RT DE" and "industry sources" stay whole.
 */
// "Geschäftsführerin Dr. med. Sabine Kolbeck", "lead author Dr. Ingrid Solberg": academic titles stand between office and name.
// (British style without the full stop too: "Prof Peter Thorne", engine read of stop 47.)
const ACADEMIC_TITLE = new RegExp(`^(?:(?:${ACADEMIC_TITLES.join("|")})\\.|Prof|Dr)$`, "u");

/** "Prime Minister", "the President": an office named without its holder (who a later "he said" means too). */
export function isOfficeOnly(claimant: string): boolean {
  const words = claimant.replace(/^(?:the|der|die)\s+/iu, "").split(/\s+/);
  return words.every((word) => TITLE_WORDS.has(word) || ENDS_WITH_TITLE.test(word));
}

export function withoutTitle(text: string, from: number, to: number, offset: number): Claimant | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // "figures published by Eurostat on Friday": when is no part of who.
  const when = TRAILING_WHEN.exec(text.slice(start, end));
  if (when && when.index > 0) end = start + when.index;
  // "die Hebamme Anja Richter aus Annaberg-Buchholz": where a named person comes from is no part of the name.
  const origin = PERSON_FROM.exec(text.slice(start, end)) ?? PERSON_OF.exec(text.slice(start, end));
  if (origin && !NOT_A_PERSON.test(text.slice(start, start + origin.index))) end = start + origin.index;
  // "räumte Egli ein", "fügte Egli hinzu", "wie die Bahn weiter mitteilte": a verb's particle or an adverb after the name is no part of it (engine read of stop 39).
  const particle = TRAILING_PARTICLE.exec(text.slice(start, end));
  if (particle && particle.index > 0) end = start + particle.index;
  // "sagte der Niederländer dem Klubsender LFCTV": to whom it was said is no part of who (engine read of stop 35).
  const addressee = TOLD_TO.exec(text.slice(start, end));
  if (addressee && addressee.index > 0) end = start + addressee.index;
  const connective = LEADING_CONNECTIVE.exec(text.slice(start, end));
  if (connective) start += connective[0].length;
  const article = LEADING_ARTICLE.exec(text.slice(start, end));
  if (article && /^\s*\p{Lu}/u.test(text.slice(start + article[0].length, end))) start += article[0].length;
  // "the traffic analytics firm INRIX", "the drugmaker Pfizer": what kind of body it is goes, its name stays (engine read of stop 44).
  const kind = BODY_KIND_BEFORE_NAME.exec(text.slice(start, end));
  if (kind) start += kind[0].length;
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  let lastTitle = -1;
  // The last word is a name, never a title: "die Hebamme Anja Richter" is Anja Richter, not an office "Richter".
  words.forEach((word, i) => {
    if (i < words.length - 1 && (TITLE_WORDS.has(word[0]) || ENDS_WITH_TITLE.test(word[0]) || ACADEMIC_TITLE.test(word[0]))) lastTitle = i;
  });
  // "the Prime Minister said": an office alone is who spoke, not its last word "Minister" (engine read of stop 37).
  const officeOnly = words.slice(lastTitle + 1).every((word) => TITLE_WORDS.has(word[0]) || ENDS_WITH_TITLE.test(word[0]));
  if (lastTitle >= 0 && lastTitle < words.length - 1 && !officeOnly && words.slice(lastTitle + 1).every((word) => /^\p{Lu}/u.test(word[0])) && !BODY_AFTER_TITLE.has(words.at(-1)![0])) {
    start += words[lastTitle + 1]!.index;
  }
  // "data from maritime intelligence agency Kpler" → "Kpler": the source named after "data from".
  const trailingName = /(?:^|\s)\p{Ll}[^]*?\s((?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Lu}{2,}\d*)(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Lu}{2,}\d*))*)$/u.exec(text.slice(start, end));
  const germanData = GERMAN_DATA_OF.exec(text.slice(start, end));
  if (germanData) start += germanData[0].length;
  else if (trailingName && DATA_FROM.test(text.slice(start, end))) start = end - trailingName[1]!.length;
  // "sagte eine Polizeisprecherin der Deutschen Presse-Agentur": to whom it was said is no part of the speaker.
  const toMedium = MEDIUM_TOLD.exec(text.slice(start, end));
  if (toMedium && toMedium.index > 0) end = start + toMedium.index;
  // "according to WHO data": the source, not its data.
  const data = NAME_THEN_DATA.exec(text.slice(start, end));
  if (data) end = start + data.index + data[1]!.length;
  // A sentence's full stop after the name ("… der EU-Kommission."), not an abbreviation's ("U.S.", "Inc.").
  if (text.charCodeAt(end - 1) === 46 && !ABBREVIATION_AT_END.test(text.slice(Math.max(start, end - 8), end))) end--;
  if (end <= start) return null;
  return { text: text.slice(start, end), start: offset + start, end: offset + end };
}

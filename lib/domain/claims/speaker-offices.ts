import { ENDS_WITH_TITLE, TITLE_WORDS } from "./lexicon";
import type { Claimant, Entity } from "./types";

// "Bundesaußenminister Konstantin Reimers … Deutschland werde 450 Millionen Euro bereitstellen, erklärte der
// Minister.": a speaker named by office alone is the person the article introduced with that office.

/** The offices named right before a person, most recent last: "bundesaußenminister" → Konstantin Reimers. */
export type KnownOffices = Map<string, Claimant>;

const LETTER = /\p{L}/u;
/** The word right before `at` in `text` (past the spaces before `at`), read backwards without a pattern over the slice. */
function wordBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 10)) end--;
  if (end === at) return null;
  let start = end;
  while (start > 0 && end - start < 40 && (text.charCodeAt(start - 1) === 45 || LETTER.test(text[start - 1]!))) start--;
  return start < end ? text.slice(start, end) : null;
}

/** Remembers the office written right before each person the unit names ("Bundesaußenminister Konstantin Reimers"). */
export function rememberOffices(text: string, offset: number, entities: Entity[], offices: KnownOffices): void {
  for (const entity of entities) {
    if (entity.type !== "person") continue;
    const office = wordBefore(text, entity.start - offset);
    if (!office || !isOffice(office)) continue;
    const key = office.toLowerCase();
    offices.delete(key);
    offices.set(key, { text: entity.text, start: entity.start, end: entity.end });
  }
}

// "Ein Sprecher des Ministeriums sagte, … . Das seien so viele Mittel wie nie zuvor, so der Sprecher.": a holder of an office
// who is not named replaces whoever was introduced with an office ending in it ("Verbandssprecher Jörg Winterfeld"),
// so "der Sprecher" after it is the ministry's (engine read of stop 39).
const UNNAMED_OFFICE = /^(?:(?:Ein|Eine|Einer|A|An)\s+)?(\p{Lu}\p{L}*)(?=\s+(?:des|der|von|vom|of|at|for)\s)/u;

/** Remembers a claimant that is an office holder without a name ("Ein Sprecher des Ministeriums") under its office. */
export function rememberUnnamedOffice(claimant: Claimant, offices: KnownOffices): void {
  const office = UNNAMED_OFFICE.exec(claimant.text)?.[1];
  if (!office || !isOffice(office)) return;
  const ending = office.toLowerCase();
  for (const key of [...offices.keys()]) if (key.endsWith(ending)) offices.delete(key);
  const text = claimant.text.slice(claimant.text.indexOf(office));
  offices.set(ending, { text, start: claimant.end - text.length, end: claimant.end });
}

/**
 * The person behind a claimant that is an office alone ("Minister", "die Ministerin"): the one most recently
 * introduced with an office that ends in it; the claimant itself when none was (its offsets stay on its words).
 */
export function personForOffice(claimant: Claimant, offices: KnownOffices): Claimant {
  if (offices.size === 0 || claimant.text.includes(" ") || !isOffice(claimant.text)) return claimant;
  const office = claimant.text.toLowerCase();
  let found: Claimant | undefined;
  for (const [key, person] of offices) if (key.endsWith(office)) found = person;
  return found ? { ...claimant, text: found.text } : claimant;
}

const isOffice = (word: string) => /^\p{Lu}/u.test(word) && (TITLE_WORDS.has(word.toLowerCase()) || ENDS_WITH_TITLE.test(word));

// "The judge rejected that account. She said …", "Die Ministerin widersprach. Sie sagte …": a sentence whose subject is
// an office is about that office's holder, so a pronoun after it means them, not a speaker quoted before (engine read
// of stop 38: the judge's words went to the defence barrister).
const OFFICE_SUBJECT = /^(?:The|Der|Die)\s+(\p{L}+)\s+(?!of\b|des\b|der\b|von\b)/u;

/** The person holding the office the sentence opens with ("The judge …"), or that office itself when nobody was introduced with it. */
export function officeSubject(text: string, offset: number, offices: KnownOffices): Claimant | null {
  const match = OFFICE_SUBJECT.exec(text);
  const word = match?.[1];
  if (!word || !TITLE_WORDS.has(word.toLowerCase())) return null;
  const office = word[0]!.toUpperCase() + word.slice(1);
  const phrase = { text: match[0].trimEnd(), start: offset, end: offset + match[0].trimEnd().length };
  const person = personForOffice({ ...phrase, text: office }, offices);
  return person.text === office ? phrase : { ...phrase, text: person.text };
}

// "„Die Jungs ziehen voll mit“, sagte der 52-Jährige": a speaker named by age alone is the person the sentence before
// was about (engine read of stop 38); with nobody before, the words stay the claimant.
// By nationality alone too: "sagte der Spanier", "the Dutchman said" (engine read of stop 46: the claimant was "Spanier").
const NATIONALITIES =
  "Spanier|Spanierin|Franzose|Französin|Italiener|Italienerin|Niederländer|Niederländerin|Belgier|Belgierin|Portugiese|Portugiesin|" +
  "Brasilianer|Brasilianerin|Argentinier|Argentinierin|Engländer|Engländerin|Brite|Britin|Schotte|Schottin|Ire|Irin|Däne|Dänin|" +
  "Schwede|Schwedin|Norweger|Norwegerin|Finne|Finnin|Pole|Polin|Tscheche|Tschechin|Kroate|Kroatin|Serbe|Serbin|Österreicher|" +
  "Österreicherin|Schweizer|Schweizerin|Ungar|Ungarin|Russe|Russin|Ukrainer|Ukrainerin|Türke|Türkin|Grieche|Griechin|Japaner|" +
  "Japanerin|Koreaner|Koreanerin|Amerikaner|Amerikanerin|US-Amerikaner|US-Amerikanerin|Kanadier|Kanadierin|Australier|Australierin|" +
  "Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Italian|Portuguese|Brazilian|Argentine|Argentinian|Englishman|Englishwoman|" +
  "Scot|Welshman|Irishman|Irishwoman|Dane|Swede|Norwegian|Finn|Pole|Croat|Serb|Austrian|Belgian|Hungarian|Ukrainian|Australian|Canadian|American";
const BY_AGE_ALONE = /^(?:der|die|the)\s+\d{1,3}-(?:Jährige|year-old)$/iu;
// A nationality fits many people: only the speaker the sentence before names ("… said the Scot" after a sentence about
// Pat Nevin, whom no list knows as a person, is not the last speaker quoted: a ClaimBuster report caught it).
const BY_NATIONALITY = new RegExp(`^(?:(?:[Dd]er|[Dd]ie|[Tt]he)\\s+)?(?:${NATIONALITIES})$`, "u");
export function personForAge(claimant: Claimant, lastSpeaker: Claimant | null, previousText = ""): Claimant {
  if (!lastSpeaker) return claimant;
  const byNationality = BY_NATIONALITY.test(claimant.text) && previousText.includes(lastSpeaker.text.slice(lastSpeaker.text.lastIndexOf(" ") + 1));
  return BY_AGE_ALONE.test(claimant.text) || byNationality ? { ...claimant, text: lastSpeaker.text } : claimant;
}

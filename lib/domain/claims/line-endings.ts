import { endsWithAbbreviation } from "./abbreviations";
import { ACADEMIC_TITLES, ADDRESS_ABBREVIATIONS, ENDS_WITH_TITLE, PHRASE_OPENERS, TITLE_WORDS } from "./lexicon";
import { isBlankCode } from "../text/is-space-code";
import { quoteDepthAfter } from "./quotes";

// How a line without a sentence end ends, for joining hard-wrapped lines (segment-sentences.ts: continuesLine).

// Words a sentence cannot end on: articles, prepositions, conjunctions ("… according to" / "data from …").
// (Possessives too: "… ihre\nVerträge zu prüfen"; "als" and "wie": "mehr als\nExperten erwartet hatten", engine read of stop 36; not "auf", "an" or "aus", which end a German heading's verb: "rüsten auf".)
// Looked up as the line's last word in a set: a pattern anchored at the end was tried at every position of the line.
const OPEN_ENDING_WORDS = new Set(
  ("der die das des dem den ein eine einen einem einer eines und oder sowie laut von mit für zu zum zur im am beim vom ihre ihren ihrem ihrer " +
    "seine seinen seinem seiner unsere unseren unserem als wie the a an of and or to from with by according as that dass their his its our these those than into " +
    // Approximations and clause openers ("… saving around\n£410,000 a year", engine read of stop 40); not
    // "vor", "nach", "um", "in", "on", "over", "up", which end a heading's verb ("Regierung legt Plan vor").
    "around about nearly almost roughly approximately some at for after before between including which who whose while because but if " +
    "rund etwa fast knapp seit ohne gegen zwischen während wegen weil ob wenn aber sondern denn bis " +
    // A German verb of saying before its speaker, and "nur" before what it limits ("… sagte⏎Herbert Reul.", "Sie erfasst nur⏎Fälle, …":
    // engine read of stop 43). Not English "said": "What the minister said" is a heading.
    "sagte sagten erklärte erklärten betonte betonten warnte warnten nur").split(" "),
);
/** The line's last word, past its trailing blanks ("" for a blank line). */
export function lastWordOf(line: string): string {
  let end = line.length;
  while (end > 0 && isBlankCode(line.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isBlankCode(line.charCodeAt(start - 1))) start--;
  return line.slice(start, end);
}
export const hasOpenEnding = (line: string) => OPEN_ENDING_WORDS.has(lastWordOf(line).toLowerCase());
/** "Energieexperte Prof." ends with a title's full stop: its last word looked up in a set, no pattern over the line. */
export function endsWithTitle(line: string): boolean {
  const word = lastWordOf(line);
  return word.endsWith(".") && TITLES_AT_END.has(word.slice(0, -1));
}
/** "… investiert, u. a.⏎in die Verpflichtung …": an abbreviation's full stop before a line in lower case ends no sentence (engine read of stop 41). */
export function abbreviationBeforeLowerCase(line: string, next: string): boolean {
  if (!/^[^\S\r\n]*\p{Ll}/u.test(next) || !endsWithAbbreviation(line)) return false;
  // A single letter only as the end of a dotted pair ("u. a."): "Simone S.⏎vor 23 Minuten" is a post's author and its time.
  return lastWordOf(line).length > 2 || /\p{L}\.\s?\p{L}\.$/u.test(line.slice(-6));
}
// (and the abbreviations that stand before a number or name: "Elm St.", "Nr.", "No.")
const TITLES_AT_END = new Set([...ACADEMIC_TITLES, ...ADDRESS_ABBREVIATIONS, "St", "Nr", "No"]);

const ARTICLES = new Set("der die das des dem den ein eine einen einem einer eines the a an".split(" "));
/**
 * The line stops inside a noun phrase (`next` is the line after it): an article and an adjective ("… wie die kosovarische\nPolizei mitteilte"),
 * or, in a line of prose (a sentence ended on it), an office and a first name ("… Außenamtssprecher Dmitri\nOrlow
 * warf …") (engine read of stop 35: both were split into two units).
 */
export function endsInsideNounPhrase(line: string, next: string): boolean {
  const last = lastWordOf(line);
  const before = lastWordOf(line.slice(0, line.lastIndexOf(last)));
  if (ARTICLES.has(before.toLowerCase()) && /^\p{Ll}+$/u.test(last)) return true;
  if (!/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(last)) return false;
  if ((TITLE_WORDS.has(before.toLowerCase()) || ENDS_WITH_TITLE.test(before)) && /[.!?]["“”»«]?\s/u.test(line)) return true;
  // A name cut in two: "… built in Milton\nKeynes, would begin …", "said Caroline\nDouglas, the agency's flood
  // manager" (second engine read of stop 35): a line of prose (with a lower-case word) ends in a capitalised word,
  // and the next line's first word is capitalised and followed by a comma, which no heading's next line is.
  const name = NAME_PART_THEN_COMMA.exec(next);
  return name !== null && /\s\p{Ll}/u.test(line) && !SENTENCE_OPENERS.has(name[1]!);
}
const NAME_PART_THEN_COMMA = /^[^\S\r\n]*(\p{Lu}\p{Ll}+)(?:['’]s)?,\s/u;
// "Yesterday, …", "However, …", "Zudem, …": words that open a sentence with a comma after them.
const SENTENCE_OPENERS = new Set(PHRASE_OPENERS);

/** "… ein Plus von 2,5\nProzentpunkten.": the line ends in a number and the next starts with its unit (engine read of stop 36). */
export const endsBeforeItsUnit = (line: string, next: string) => NUMBER_AT_END.test(line) && UNIT_FIRST.test(next);
const NUMBER_AT_END = /(?:^|\s)\d[\d.,]*\s*$/;
const UNIT_FIRST = /^[^\S\r\n]*(?:Prozent\p{L}*|Euro|Dollar|Millionen|Milliarden|Mio\.|Mrd\.|Tonnen|Kilometer\p{L}*|Grad|Menschen|percent|per cent|percentage points?|million|billion|dollars|euros|pounds|tonnes|tons|degrees|people)(?![\p{L}])/u;

/**
 * A line of prose that stops in the middle of a sentence, though a capitalised word follows: a quotation it
 * opened is still open ("… to bring him to Stamford\nBridge,\" … said"), or it runs on past two commas and
 * breaks between words ("…, after Celestine Babayaro, John Obi\nMikel and Victor Moses."). Headings hold
 * neither; lines of capitals, handles and figures in posts ("… RRS\nA face mask", "FRCS\n@DR…") stay apart
 * (engine read of stop 40).
 */
export function stopsMidSentence(line: string, next: string): boolean {
  if (!/\s\p{Ll}/u.test(line)) return false;
  if (OPENED_LAST.test(line) && quoteDepthAfter(line, 0) > 0) return true;
  if (line.length < MIN_PROSE_LINE || !PROSE_WORD.test(lastWordOf(line)) || !NEXT_PROSE_WORD.test(next)) return false;
  let commas = 0;
  for (let i = line.indexOf(","); i !== -1 && commas < 2; i = line.indexOf(",", i + 1)) if (isBlankCode(line.charCodeAt(i + 1))) commas++;
  return commas >= 2;
}
const MIN_PROSE_LINE = 60;
// The line's last quotation mark opens a quotation (a word follows it), as `"` closing one ("… to do"*") does not.
const OPENED_LAST = /["“„«»‚‘](?=[\p{L}\p{N}])[^"“”„«»‚‘’]*$/u;
const PROSE_WORD = /^\p{L}[\p{Ll}'’-]+$/u;
const NEXT_PROSE_WORD = /^[^\S\r\n]*\p{Lu}\p{Ll}+[\s,]/u;

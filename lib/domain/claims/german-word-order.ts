import type { Entity } from "./types";
import { ENDS_WITH_TITLE, MONTHS } from "./lexicon";

// German word order for a suggested wording: after a fronted phrase is taken off ("Laut X ist Indien …"),
// the finite verb comes first, and the subject (or a time or place) goes back in front of it.

const FINITE_VERBS = new Set(
  "ist sind war waren hat haben hatte hatten wird werden habe sei seien gibt gab soll sollen kam kamen liegt lag plant planen will wollen kann können muss müssen".split(" "),
);
const COPULAS = new Set("ist sind war waren wird werden bleibt bleiben".split(" "));
const ARTICLES = new Set("der die das den dem des ein eine einen einem einer".split(" "));
const NUMBER_NOUNS = new Set("Millionen Milliarden Billionen Tausende Hunderte Dutzende Mio. Mrd.".split(" "));
const APPROXIMATE = new Set("rund etwa fast knapp gut über mehr nur ungefähr circa".split(" "));
/** "sind rund 150.000 Beschäftigte betroffen": an approximate number opens the noun phrase. */
// ("kommen bis zu 100 Millionen Vögel … ums Leben", "sind mehr als 300 Menschen …": engine read of stop 44.)
const approximateNumber = (words: string[]) =>
  (APPROXIMATE.has(words[1]!) && /^\d/.test(words[2] ?? "")) || (BOUND_OPENERS.has(`${words[1]} ${words[2]}`) && /^\d/.test(words[3] ?? ""));
const BOUND_OPENERS = new Set(["bis zu", "mehr als", "weniger als", "knapp über", "gut über"]);
// Words that open a German noun phrase as an article does: "wurden keine erhöhten Werte gemessen".
// (Counted in words too: "wurden drei Männer festgenommen", engine read of stop 46.)
const DETERMINERS = new Set("kein keine keinen keinem keiner mehrere viele einige alle beide zahlreiche zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend".split(" "));
// Lower-case words that can open a German sentence but are no verb ("nicht", "auch"): after a fronted
// phrase German puts the finite verb first, so any other lower-case first word is taken for the verb.
// No German finite verb ends in "-er", "-em" or "-es": "deutscher" after a source is an adjective.
const ADJECTIVE_ENDING = /(?:er|em|es)$/u;
const NOT_VERBS = new Set("nicht auch noch nur bereits schon so sehr etwa rund fast mehr weniger erst zudem jedoch aber und oder".split(" "));

/**
 * "ist Indien nach China …" → "Indien ist nach China …": the subject back in front of the verb; null
 * when the text does not start with a verb followed by a subject this can find.
 */
export function verbSecond(text: string, entities: Entity[]): string | null {
  const words = text.split(" ");
  const first = words[0]!;
  // "ihrer Fraktion würden …" (after "Laut einer Berechnung"): a genitive left of the source; no order to restore.
  if (GENITIVE_DETERMINERS.has(first)) return null;
  // "neue Autos sind teuer" (after "Auch" was taken off): a noun phrase already stands before its verb.
  if (!FINITE_VERBS.has(first.toLowerCase()) && nounPhraseThenVerb(words)) return text;
  const verb = FINITE_VERBS.has(first.toLowerCase()) || (/^\p{Ll}+$/u.test(first) && !NOT_VERBS.has(first) && !ARTICLES.has(first) && !PREPOSITIONS.has(first) && !ADJECTIVE_ENDING.test(first));
  if (!verb || words.length < 3) return null;
  // "amortisiert sich ein gutes Set …": the reflexive pronoun stays with its verb (engine read of stop 45: "Laut Stiftung
  // Warentest" stayed in the wording).
  if (words[1] === "sich" && words.length > 3) {
    const moved = verbSecond([first, ...words.slice(2)].join(" "), entities);
    const at = moved ? moved.indexOf(` ${first.toLowerCase()} `) : -1;
    return moved && at > 0 ? `${moved.slice(0, at + first.length + 1)} sich${moved.slice(at + first.length + 1)}` : null;
  }
  let end = 1;
  const rest = text.slice(words[0]!.length + 1);
  const name = entities.find((entity) => entity.type !== "number" && entity.type !== "date" && rest.startsWith(`${entity.text} `));
  // "reist Außenministerin Annalena Baerbock …": an office before the person is part of the subject.
  const titled = name ? undefined : entities.find((entity) => entity.type === "person" && ENDS_WITH_TITLE.test(words[1]!) && rest.startsWith(`${words[1]} ${entity.text} `));
  // A time or a place may come first as well: "Ende 2023 lebten …", "2023 lebten …", "Bei dem Unfall wurden …".
  const adverbial = adverbialEnd(words);
  if (adverbial > 1) {
    end = adverbial;
  } else if (name) {
    end = 1 + name.text.split(" ").length;
  } else if (titled) {
    end = 2 + titled.text.split(" ").length;
  } else if (ARTICLES.has(words[1]!.toLowerCase()) || DETERMINERS.has(words[1]!) || /^\d/.test(words[1]!) || approximateNumber(words)) {
    // "die Zahl der Fälle", "300 Panzer", "1,7 Millionen Barrel": up to the noun, and a genitive after it.
    end = withGenitives(words, nounEnd(words, 2));
    // "21,4 Prozent der Mädchen und 29,8 Prozent der Jungen": a second noun phrase joined by "und" is part of the subject.
    while (end > 0 && end + 2 < words.length && COORDINATING.has(words[end]!) && (ARTICLES.has(words[end + 1]!) || /^\d/.test(words[end + 1]!))) {
      const next = withGenitives(words, nounEnd(words, end + 2));
      if (next < 0) break;
      end = next;
    }
  } else if (PRONOUNS.has(words[1]!)) {
    end = 2;
  } else if (/^\p{Lu}/u.test(words[1]!)) {
    // "beschäftigt Kessler Motion hierzulande …": two capitalised words may be one name or a name and a noun ("hat
    // Siemens Gewinne …"); unsure, the words stay as written (engine read of stop 40: "Kessler beschäftigt Motion").
    // After a copula the first is the subject: "ist Jesus Fake News" (the subjectivity file's "Laut WEF ist Jesus …").
    if (/^\p{Lu}/u.test(words[2] ?? "") && !COPULAS.has(first.toLowerCase())) return null;
    end = 2;
  }
  // "hat das Umweltbundesamt (UBA) neue Zahlen …": a short name in brackets stays with the subject.
  if (end > 1 && end < words.length && words[end]!.startsWith("(")) {
    const close = words.findIndex((word, i) => i >= end && i < end + 3 && word.endsWith(")"));
    if (close >= 0) end = close + 1;
  }
  if (end <= 1 || end > words.length) return null;
  // "betrieb der Mann, ein gelernter Gastronom aus Herne, zeitweise …": the apposition goes with its noun.
  if (words[end - 1]!.endsWith(",")) {
    end = appositionEnd(words, end);
    if (end < 0) return null;
  }
  return [...words.slice(1, end), words[0]!.toLowerCase(), ...words.slice(end)].join(" ");
}

// Finite verbs that follow a sentence's first noun phrase: those above and a few modals and movements of figures.
const VERB_AFTER_NOUN = new Set([...FINITE_VERBS, ..."könnten würden dürften sollten müssten wurde wurden bleibt bleiben stieg stiegen sank sanken fiel fielen".split(" ")]);
/** True when a lower-case word (an adjective: "neue", "viele", "dynamische"), then a noun, then a finite verb open the words. */
function nounPhraseThenVerb(words: string[]): boolean {
  if (!/^\p{Ll}/u.test(words[0]!) || NOT_VERBS.has(words[0]!)) return false;
  for (let i = 1; i <= 4 && i < words.length; i++) {
    if (VERB_AFTER_NOUN.has(words[i]!)) return words.slice(1, i).some((word) => /^\p{Lu}/u.test(word));
  }
  // "andere Zulieferer bauen Stellen ab" (after "Auch"): an adjective in "-e", its noun, and a word with a verb's
  // ending (engine read of stop 43: "Zulieferer andere bauen …").
  return words.length > 2 && ADJECTIVE_IN_E.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!) && PLURAL_VERB.test(words[2]!);
}
const ADJECTIVE_IN_E = /^\p{Ll}{3,}e$/u;
const PLURAL_VERB = /^\p{Ll}{2,}(?:en|ten|ern|eln)$/u;

const MAX_APPOSITION_WORDS = 10;
/** After "der Mann," the index past an apposition opened by an article ("ein gelernter Gastronom aus Herne,"), or -1. */
function appositionEnd(words: string[], from: number): number {
  if (!ARTICLES.has(words[from]?.toLowerCase() ?? "")) return -1;
  for (let at = from; at < words.length - 1 && at < from + MAX_APPOSITION_WORDS; at++) {
    if (words[at]!.endsWith(",")) return at + 1;
  }
  return -1;
}

// ("99 Prozent aller Krankenhäuser": engine read of stop 43.)
const GENITIVE = new Set(["der", "des", "aller"]);
const GENITIVE_DETERMINERS = new Set("ihrer seiner deren dessen unserer eurer meiner deiner".split(" "));
const COORDINATING = new Set(["und", "sowie", "oder"]);
/** `end` (after a noun) past the genitives that follow it: "die Zahl der Fälle der Kliniken". */
function withGenitives(words: string[], end: number): number {
  while (end > 0 && end + 1 < words.length && GENITIVE.has(words[end]!)) {
    const next = nounEnd(words, end + 1);
    if (next < 0) break;
    end = next;
  }
  // "die Schuldenquote Deutschlands": a name's genitive after the noun (engine read of stop 43: it had been left after the verb).
  if (end > 0 && end < words.length && NAME_GENITIVE.test(words[end]!) && !TIME_OF.has(words[end]!)) end++;
  return end;
}
const NAME_GENITIVE = /^\p{Lu}\p{Ll}+s$/u;
export const PREPOSITIONS = new Set("in im am an ans beim bei nach vor seit auf mit für unter über während zwischen gegen ab bis aus vom zum zur durch um ohne trotz wegen hinter neben innerhalb außerhalb".split(" "));
/** Whether `text` opens with a preposition ("aus dem Jahr 2021 …"). */
export function startsWithPreposition(text: string): boolean {
  const space = text.indexOf(" ");
  return PREPOSITIONS.has(space === -1 ? text : text.slice(0, space));
}
const TIME_OF = new Set(["Anfang", "Mitte", "Ende"]);
const YEAR = /^(?:19|20)\d{2}(?:\/(?:\d{2}|\d{4}))?$/;
const MONTH = new RegExp(`^(?:${MONTHS})$`, "u");

/**
 * The index after a time or prepositional phrase right after the verb (words[0]), or -1: "Ende 2023",
 * "Anfang Mai 2024", "2023", "derzeit", "bei dem Unfall", "im vergangenen Jahr", "im Jahr 2023".
 */
function adverbialEnd(words: string[]): number {
  const second = words[1]!;
  if (YEAR.test(second) || TIME_ADVERBS.has(second)) return 2;
  if (TIME_OF.has(second) && words[2] && (YEAR.test(words[2]) || MONTH.test(words[2]))) return words[3] && MONTH.test(words[2]) && YEAR.test(words[3]) ? 4 : 3;
  if (!PREPOSITIONS.has(second)) return -1;
  const end = nounEnd(words, 2);
  if (end < 0 || end - 2 > 3) return -1;
  return words[end] && YEAR.test(words[end]!) ? end + 1 : end;
}
const PRONOUNS = new Set(["er", "sie", "es", "wir", "ich", "man"]);
// "Laut Winterfeld fallen derzeit etwa 4 Prozent aller Fernzüge aus" → "Derzeit fallen …" (engine read of stop 39).
const TIME_ADVERBS = new Set("derzeit zurzeit aktuell inzwischen mittlerweile bereits jährlich monatlich täglich wöchentlich heute bundesweit weltweit landesweit europaweit insgesamt".split(" "));

/** The index after the first capitalised word (a German noun) at or after `from`, past lower-case adjectives; -1 if none. */
function nounEnd(words: string[], from: number): number {
  let at = from;
  while (at < words.length && !/^\p{Lu}/u.test(words[at]!)) at++;
  if (at >= words.length) return -1;
  // "ein 71 Jahre alter Autofahrer", "eine 20 Meter hohe Welle": a measure before an adjective is no noun of its
  // own (engine read of stop 44: "Ein 71 Jahre war alter Autofahrer …").
  if (at > from && /^\d/.test(words[at - 1]!) && MEASURED_ADJECTIVE.test(words[at + 1] ?? "") && /^\p{Lu}/u.test(words[at + 2] ?? "")) return at + 3;
  // "2,9 Millionen Menschen": the noun after a number's word.
  return NUMBER_NOUNS.has(words[at]!) && /^\p{Lu}/u.test(words[at + 1] ?? "") ? at + 2 : at + 1;
}

const MEASURED_ADJECTIVE = /^\p{Ll}{3,}(?:e|er|en|es|em)$/u;

const SEPARATED_INFINITIVE = /^\p{Ll}{2,}zu\p{Ll}{2,}en$/u;
const INFINITIVE_ENDING = /^\p{Ll}+(?:en|ern|eln|n)$/u;
/** "bis 2026 rund 5.000 Stellen abzubauen", "die Steuern zu senken" (not "…, um eine Krise abzuwenden"). */
export function isInfinitiveClause(text: string): boolean {
  const words = text.split(" ");
  // "die Schulden seien zu hoch": "zu" before an adjective is "too", no infinitive.
  return !text.includes(",") && ((words.at(-2) === "zu" && INFINITIVE_ENDING.test(words.at(-1)!)) || SEPARATED_INFINITIVE.test(words.at(-1)!));
}

import { GROUP_NOUNS, SPOKEN_FOR_BODIES } from "./lexicon";
import type { Token } from "./tokens";
import { Flag } from "./word-flags";
import { isSpaceCode } from "../text/is-space-code";

// The cheap tests of a unit's words that say whether a claimant pattern can match at all (see
// claimant.ts): most units skip most patterns by these.

export const GROUP_VERBS = "say|warn|argue";
const GROUP_VERB_WORDS = new Set(GROUP_VERBS.split("|"));
export const SHOWED = "showed|shows|show|indicated|indicate|suggested|revealed|zeigen|zeigten|zeigt";
export const DATA_NOUNS = "data|figures|report|analysis|statistics|estimates|survey|numbers";
export const DATA_NOUN_WORDS = new Set(DATA_NOUNS.split("|"));
const SHOWED_WORDS = SHOWED.split("|");

/** "… sources say", "analysts warn": a group noun right before "say", "warn" or "argue". */
export function groupThenSay(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (GROUP_VERB_WORDS.has(tokens[i]!.info.lower) && GROUP_LAST_WORDS.has(tokens[i - 1]!.info.lower)) return true;
  return false;
}

// The last words of GROUP_NOUNS: the word right before the verb when a group is the speaker.
const GROUP_LAST_WORDS = new Set(GROUP_NOUNS.split("|").map((noun) => noun.split(" ").at(-1)!));
const SPOKEN_FOR = new Set(SPOKEN_FOR_BODIES.split("|"));
const isQuoteOrComma = (code: number) => code === 44 || code === 34 || code === 0x201c || code === 0x201d || code === 0xbb || code === 0xab || code === 0x2019;

/** "…“, sagte X", ", said Bush": a verb of saying whose nearest non-space character before it is a comma or a quotation mark. */
export function sayVerbAfterCommaOrQuote(text: string, tokens: Token[], offset: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.info.flags & Flag.SayVerb)) continue;
    let at = tokens[i]!.start - offset - 1;
    while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--;
    if (at >= 0 && isQuoteOrComma(text.charCodeAt(at))) return true;
  }
  return false;
}

/** "…, a spokesman for X, said": a verb of saying (not "so") after at least two words. */
export function sayVerbAfterApposition(tokens: Token[]): boolean {
  for (let i = 2; i < tokens.length; i++) if (tokens[i]!.info.flags & Flag.SayVerb && tokens[i]!.info.lower !== "so") return true;
  return false;
}

const ENGLISH_SAY_WORDS = new Set("said says told stated wrote warned claimed argued noted insisted announced added".split(" "));
/** "the committee said": an English verb of saying after at least two words (German units skip the pattern). */
export function englishSayVerbAfterTwoWords(tokens: Token[]): boolean {
  for (let i = 2; i < tokens.length; i++) if (ENGLISH_SAY_WORDS.has(tokens[i]!.info.lower)) return true;
  return false;
}

// English finite verbs that cannot stand in a speaker's name or description ("the army had lost").
const FINITE_VERBS = new Set(["had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "did", "does", "should", "must"]);
export function hasFiniteVerb(tokens: Token[], start: number, end: number): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start >= start && tokens[i]!.end <= end && FINITE_VERBS.has(tokens[i]!.info.lower)) return true;
  return false;
}

/** "Kpler's data showed": a data noun followed by a verb of showing (the possessive alone is common: "it's", "America's"). */
export function dataThenShowed(tokens: Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!DATA_NOUN_WORDS.has(tokens[i]!.text)) continue;
    const next = tokens[i + 1]!.text;
    for (const verb of SHOWED_WORDS) if (next.startsWith(verb)) return true;
  }
  return false;
}

const WHERE_WORDS = new Set(["vom", "von", "aus", "of", "at", "from"]);
/** "Anna Müller vom Robert Koch-Institut erklärte": two capitalised words, a word for where they work, and a verb of saying after a capitalised word. */
export function nameThenWhereThenSay(tokens: Token[]): boolean {
  for (let i = 2; i < tokens.length; i++) {
    if (!WHERE_WORDS.has(tokens[i]!.text) || !(tokens[i - 1]!.info.flags & tokens[i - 2]!.info.flags & Flag.Capitalised)) continue;
    return sayVerbAfterNameOrGroup(tokens);
  }
  return false;
}

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("Thornbury also claimed", "has previously estimated"). */
export const BEFORE_SAY_WORDS = ["also", "again", "previously", "later", "earlier", "repeatedly", "further", "has", "have", "had"];
const BEFORE_SAY = new Set(BEFORE_SAY_WORDS);

/** "Bessent claimed", "industry sources said", "Thornbury also claimed": a verb of saying (not "so") right after a capitalised word or a group noun. */
const ARABIC_PARTICLE_NAME = /^(?:al|el|ad|as|ash|an)-\p{Lu}/u;
export function sayVerbAfterNameOrGroup(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const info = tokens[i]!.info;
    if (!(info.flags & Flag.SayVerb) || info.lower === "so") continue;
    let at = i - 1;
    while (at > 0 && i - at <= 2 && BEFORE_SAY.has(tokens[at]!.info.lower)) at--;
    const before = tokens[at]!;
    if (before.info.flags & Flag.Capitalised || GROUP_LAST_WORDS.has(before.text) || ARABIC_PARTICLE_NAME.test(before.text)) return true;
    // "A spokesperson for the university said" (only after "for the" / "of the": "the government said" has its own pattern).
    if (at >= 2 && SPOKEN_FOR.has(before.info.lower) && tokens[at - 1]!.info.lower === "the" && (tokens[at - 2]!.info.lower === "for" || tokens[at - 2]!.info.lower === "of")) return true;
    // "Sarah Mills, 42, said": an age between the name and the verb.
    if (at >= 1 && before.info.flags & Flag.Digit && before.text.length <= 3 && tokens[at - 1]!.info.flags & Flag.Capitalised) return true;
  }
  return false;
}

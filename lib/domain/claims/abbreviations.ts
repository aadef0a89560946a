import { isLetterCode } from "../text/is-letter-code";
import { isSpaceCode } from "../text/is-space-code";
import { wordInfoAt } from "./word-info";

// Abbreviations after which a full stop does not end a sentence. Multi-part ones ("z. B.") are
// matched by their last part together with what precedes it; see endsWithAbbreviation.

const SINGLE = new Set(
  [
    // German
    "Dr", "Prof", "Nr", "bzw", "ca", "Mio", "Mrd", "Tsd", "vgl", "evtl", "ggf", "inkl", "usw", "etc", "Hr", "Fr",
    "St", "Str", "Abs", "Art", "Bd", "Jh", "Jhd", "Kap", "Tel", "geb", "gest", "sog", "zzgl", "Dipl", "Ing",
    "Min", "Std", "Mo", "Di", "Mi", "Do", "So", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Okt", "Nov", "Dez", "Bundesverf", "Verf", "Hrsg", "Abg", "Präs", "Gen", "Lt", "Oberstlt", "Dt",
    // Districts in place names: "Waldkirchen (Lkr. Freyung-Grafenau)" (engine read of stop 41: split after "Lkr.").
    "Lkr", "Ldkr",
    // Court files: "(Az. 22 S 114/24)", "Beschl. v."
    "Az", "Beschl", "Urt",
    // Austrian degrees before a name: "Richterin Mag. Claudia Moravec" (engine read of stop 40: split, "Mag" read as "mag").
    "Mag", "MMag", "Dkfm",
    // Academic degrees after "Dr." ("Dr. med. Müller", "Dr. rer. nat.")
    "med", "phil", "rer", "nat", "jur", "oec", "Dres",
    // English
    "Mr", "Mrs", "Ms", "Mx", "Jr", "Sr", "vs", "No", "Gov", "Sen", "Rep", "Gen", "Col", "Capt", "Lt", "Sgt",
    "Corp", "Inc", "Ltd", "Co", "Dept", "Univ", "approx", "est", "Fig", "Mt", "Ave", "Blvd", "Oct", "Dec",
    // Police and military ranks before a name: "Det. Ch. Supt. Mark Garrard" (engine read of stop 35: split into units).
    "Det", "Insp", "Supt", "Ch", "Const", "Maj", "Brig", "Adm", "Cmdr", "Rev", "Hon",
  ].map((word) => word.toLowerCase()),
);

// Of SINGLE, those that are also everyday words when written in lower case.
const CAPITALISED_ONLY = new Set(["no", "so", "do", "mo", "di", "mi", "art", "mag"]);

// Abbreviations written with inner full stops: "z. B.", "u. a.", "d. h.", "h.c.", "e.g.", "i.e.", "U.S.".
const DOTTED = /(?:^|[\s(„"“])(?:z\.\s?B|u\.\s?a|d\.\s?h|o\.\s?ä|u\.\s?U|s\.\s?o|s\.\s?u|v\.\s?a|i\.\s?d\.\s?R|z\.\s?T|e\.\s?V|a\.\s?D|h\.\s?c|e\.g|i\.e|a\.m|p\.m|U\.S|U\.K|U\.N|E\.U|D\.C|[A-Z])\.$/;

// Abbreviations that also end sentences ("… exports to the U.S. It now employs …", "… at 5 p.m. The …",
// "… in Jan. The …"): after them a word
// that opens sentences starts a new one, while "the U.S. Senate" stays one (see opensSentenceAfter).
// (A surname cut to its initial, as court and police reports write it: "der Bauunternehmer Gerhard P. Er wurde …", engine read of stop 40.)
const MAY_END_SENTENCE = /(?:U\.S|U\.K|U\.N|E\.U|D\.C|a\.m|p\.m|Inc|Ltd|Co|Corp|etc|usw|Jr|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|(?<=\p{Lu}\p{Ll}+\s)\p{Lu})\.$/u;
const OPENS_SENTENCE = /^[„“"«»‚‘(\[]*(?:It|The|This|That|These|Those|He|She|They|We|I|In|But|And|A|An|There|Its|His|Her|Their|Our|Der|Die|Das|Es|Er|Sie|Wir|Ich)\b/;

/** True when `previous`, ending in an abbreviation, ends a sentence all the same because `following` opens one. */
export function opensSentenceAfter(previous: string, following: string): boolean {
  // "No." the abbreviation stands before a number ("No. 10 Downing Street"); before a word it is the answer
  // "No." ("A: No. Costs for turbines rose …", engine read of stop 43: two sentences had been one unit).
  if (previous.endsWith("No.") && !isLetterCode(previous.charCodeAt(previous.length - 4))) return !NUMBER_AFTER_NO.test(following);
  // "… ended at 11 p.m. Officials then left": after a time any capitalised word but a zone or a day opens a sentence
  // (engine read of stop 44), "7 p.m. ET", "9 a.m. Monday" do not.
  if (/[ap]\.m\.$/.test(previous) && /^\p{Lu}/u.test(following)) return !TIME_GOES_ON.test(following);
  return MAY_END_SENTENCE.test(previous) && OPENS_SENTENCE.test(following);
}
const TIME_GOES_ON = /^(?:[A-Z]{1,4}T|UTC|GMT|Eastern|Pacific|Central|Mountain|Atlantic|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

const NUMBER_AFTER_NO = /^[\d#]|^[IVXL]+\b/;

// "… schrieb er auf der Plattform X. Kritik kam …": the platform once called Twitter, not an initial.
const PLATFORM_X = /(?:Plattform|Kurznachrichtendienst|Dienst|Netzwerk|platform|network|on|auf|bei|via)\s+X\.$/u;

/** True when `text` (a candidate sentence) ends in an abbreviation rather than a sentence end. */
export function endsWithAbbreviation(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(".")) return false;
  if (trimmed.endsWith(" X.") && PLATFORM_X.test(trimmed.slice(-40))) return false;
  if (mayEndDotted(trimmed) && DOTTED.test(trimmed)) return true;
  // The word before the full stop, read backwards (an end-anchored pattern would scan the whole text).
  let start = trimmed.length - 1;
  while (start > 0 && isLetterCode(trimmed.charCodeAt(start - 1))) start--;
  const wordLength = trimmed.length - 1 - start;
  if (wordLength === 0) return false;
  const before = trimmed[start - 1];
  if (wordLength === 1 && (before === undefined || before === "(" || /\s/.test(before))) return true; // an initial, or "z." of "z. B."
  // The word's interned info has its lower-case form already (no new strings per sentence end).
  const lower = wordInfoAt(trimmed, start, trimmed.length - 1).lower;
  // "… voted no. She argued …", "Das sehen nicht alle so. …", "… what they do. …", "state of the art. …": lower-case, these
  // are words; the abbreviations are "No." (number), "So."/"Do." (Sonntag, Donnerstag), "Art." (Artikel) (engine reads of stops 36 and 39).
  if (CAPITALISED_ONLY.has(lower) && lower.charCodeAt(0) === trimmed.charCodeAt(start)) return false;
  return SINGLE.has(lower);
}

/**
 * A necessary condition for DOTTED, read from the last three characters: each of its abbreviations
 * has a full stop or a space before its last letter ("z. B.", "e.g.") or is a single capital after
 * the start, a space, a bracket or a quotation mark ("J."). Most sentences end in a longer word.
 */
function mayEndDotted(trimmed: string): boolean {
  const length = trimmed.length;
  if (length <= 2) return true;
  const code = trimmed.charCodeAt(length - 3);
  return code === 46 || code === 40 || code === 0x201e || code === 34 || code === 0x201c || isSpaceCode(code);
}


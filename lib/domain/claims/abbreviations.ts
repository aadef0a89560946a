// Abbreviations after which a full stop does not end a sentence. Multi-part ones ("z. B.") are
// matched by their last part together with what precedes it; see endsWithAbbreviation.

const SINGLE = new Set(
  [
    // German
    "Dr", "Prof", "Nr", "bzw", "ca", "Mio", "Mrd", "Tsd", "vgl", "evtl", "ggf", "inkl", "usw", "etc", "Hr", "Fr",
    "St", "Str", "Abs", "Art", "Bd", "Jh", "Jhd", "Kap", "Tel", "geb", "gest", "sog", "zzgl", "Dipl", "Ing",
    "Min", "Std", "Mo", "Di", "Mi", "Do", "So", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Okt", "Nov", "Dez", "Bundesverf", "Verf", "Hrsg", "Abg", "Präs", "Gen", "Lt", "Oberstlt",
    // English
    "Mr", "Mrs", "Ms", "Mx", "Jr", "Sr", "vs", "No", "Gov", "Sen", "Rep", "Gen", "Col", "Capt", "Lt", "Sgt",
    "Corp", "Inc", "Ltd", "Co", "Dept", "Univ", "approx", "est", "Fig", "Mt", "Ave", "Blvd", "Oct", "Dec",
  ].map((word) => word.toLowerCase()),
);

// Abbreviations written with inner full stops: "z. B.", "u. a.", "d. h.", "e.g.", "i.e.", "U.S.".
const DOTTED = /(?:^|[\s(„"“])(?:z\.\s?B|u\.\s?a|d\.\s?h|o\.\s?ä|u\.\s?U|s\.\s?o|s\.\s?u|v\.\s?a|i\.\s?d\.\s?R|z\.\s?T|e\.\s?V|a\.\s?D|e\.g|i\.e|a\.m|p\.m|U\.S|U\.K|U\.N|E\.U|D\.C|[A-Z])\.$/;

/** True when `text` (a candidate sentence) ends in an abbreviation rather than a sentence end. */
export function endsWithAbbreviation(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(".")) return false;
  if (DOTTED.test(trimmed)) return true;
  // The word before the full stop, read backwards (an end-anchored pattern would scan the whole text).
  let start = trimmed.length - 1;
  while (start > 0 && isLetter(trimmed.charCodeAt(start - 1))) start--;
  const word = trimmed.slice(start, trimmed.length - 1);
  if (!word) return false;
  const before = trimmed[start - 1];
  if (word.length === 1 && (before === undefined || before === "(" || /\s/.test(before))) return true; // an initial, or "z." of "z. B."
  return SINGLE.has(word.toLowerCase());
}

const LETTER = /\p{L}/u;
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCharCode(code));
}

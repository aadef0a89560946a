// The package's CommonJS build: its ES build (what a bundler picks by default) carries an older, smaller table (2,898 against
// 3,322 characters), so the app and the tests read names differently (hostile probe of stop 47: a name in Cherokee letters).
import { remove as withoutConfusables } from "confusables/dist/index.js";

// How a name reads, for telling names apart that people would take for the same: "Demo desk", "Demo  desk", "DEMO
// DESK.", "Ｄemo desk", "Demo ԁеѕk" (Cyrillic), "Probe Team Β" (a Greek capital beta), "V\u0131\u0307ctim" (dotless i with a
// dot above). Compatibility forms folded (NFKD), marks dropped, look-alike letters of other scripts read as the Latin
// ones (Unicode's confusables, through the `confusables` package), case ignored, the letters people confuse within
// Latin (l, i, I, 1; O, 0; rn, m) read as one, digits of every script as ASCII digits, and everything but letters and digits left out.
// Latin letters that are punctuation to the eye (the click letters ǀ ǁ ǂ ǃ: "Demo deskǃ" passed for "Demo desk!", hostile
// probe of stop 47) read as what they look like; modifier letters (ʼ ˈ ː, \p{Lm}) read as the marks they look like.
const SAME_SHAPE: Record<string, string> = { i: "l", "1": "l", "|": "l", "0": "o", "\u01c0": "l", "\u01c1": "ll", "\u01c2": "", "\u01c3": "" };

/** The key two names share when they read alike (hostile probe of stop 45: look-alike team names). */
export function nameKey(name: string): string {
  const folded = withoutConfusables(name.replace(/\p{Nd}/gu, asciiDigit).replace(/ß/g, "ss").replace(/ẞ/g, "SS").normalize("NFKD").replace(/\p{M}/gu, "")).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  let key = "";
  for (const char of folded) {
    const shape = SAME_SHAPE[char] ?? char;
    if (/[\p{L}\p{N}]/u.test(shape) && !/\p{Lm}/u.test(shape)) key += shape;
  }
  // "rn" passes for "m" in most fonts ("Derno desk" for "Demo desk": hostile probe of stop 47).
  return key.replaceAll("rn", "m");
}

/** A decimal digit of any script as its ASCII digit ("Probe٤٩" is "Probe49"); other characters as they are. */
function asciiDigit(char: string): string {
  if (!/\p{Nd}/u.test(char)) return char;
  // Each script's digits are ten code points in a row from its zero.
  let zero = char.codePointAt(0)!;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && char.codePointAt(0)! - zero < 9) zero--;
  return String((char.codePointAt(0)! - zero) % 10);
}

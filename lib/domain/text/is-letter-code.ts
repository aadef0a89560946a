const LETTER = /\p{L}/u;
// 0 not yet known, 1 a letter, 2 not: each code unit is tested once, not once per occurrence.
const known = new Uint8Array(0x10000);

/** True for a UTF-16 code unit that is a letter (`\p{L}`) on its own; surrogate halves are not. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (known[code] === 0) known[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known[code] === 1;
}

/**
 * True for the UTF-16 code units JavaScript's `\s` matches (tab, line terminators, the Unicode space
 * separators, U+FEFF), without a regular expression or a one-character string per test: the claim
 * engine asks this for characters of every unit.
 */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return code === 0xa0;
  return (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const FORMAT_CHARACTER = /^\p{Cf}$/u;

/**
 * True for a space (isSpaceCode) and for the invisible format characters (zero-width space and
 * joiners, direction marks and overrides, soft hyphen, word joiner): what a sentence or selection is
 * trimmed of at its ends, so that no claim starts or ends with a character nobody sees.
 */
export function isBlankCode(code: number): boolean {
  return isSpaceCode(code) || (code >= 0xad && FORMAT_CHARACTER.test(String.fromCharCode(code)));
}

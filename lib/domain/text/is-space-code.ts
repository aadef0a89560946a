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

/**
 * True for a space (isSpaceCode) and for the invisible format characters of the Basic Multilingual
 * Plane (Unicode category Cf: zero-width space and joiners, direction marks and overrides, soft hyphen,
 * word joiner, byte order mark): what a sentence or selection is trimmed of at its ends, so that no
 * claim starts or ends with a character nobody sees. Numeric ranges, no regular expression: this runs
 * at both ends of every sentence.
 */
export function isBlankCode(code: number): boolean {
  if (code < 0xad) return isSpaceCode(code);
  return isSpaceCode(code) || isFormatCode(code);
}

function isFormatCode(code: number): boolean {
  if (code < 0x2000) {
    return code === 0xad || (code >= 0x600 && code <= 0x605) || code === 0x61c || code === 0x6dd || code === 0x70f || code === 0x890 || code === 0x891 || code === 0x8e2 || code === 0x180e;
  }
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x206f) || code === 0xfeff || (code >= 0xfff9 && code <= 0xfffb);
}

/** A line feed, carriage return, line or paragraph separator, or next-line character. */
export const isLineBreakCode = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;

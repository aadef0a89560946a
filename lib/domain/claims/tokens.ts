import { hashWordCode, WORD_HASH_START, wordInfoHashed, type WordInfo } from "./word-info";

// One pass over a unit finds its words; entities and classification then read each word's flags
// instead of running a regular expression per word list over the text again and again.

export interface Token {
  start: number;
  end: number;
  text: string;
  info: WordInfo;
}

// Letter-or-digit test per UTF-16 code unit, worked out once per code unit and remembered: the
// tokenizer is the engine's hottest loop, and a regular expression per word allocates a match each time.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const known = new Uint8Array(65536); // 0 unknown, 1 word character, 2 other
const isWordChar = (code: number): boolean => {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Surrogate halves: letters outside the BMP are rare in news; they count as word characters.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  if (known[code] === 0) known[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known[code] === 1;
};
const isJoiner = (code: number) => code === 45 /* - */ || code === 39 /* ' */ || code === 0x2019; /* ’ */

/**
 * Reused token objects for a caller that lets go of one unit's tokens before it tokenizes the next
 * (extract(): no token outlives its unit's analysis). An article has hundreds of thousands of words;
 * one object each was the engine's largest source of garbage.
 */
export class TokenPool {
  readonly tokens: Token[] = [];
  readonly spare: Token[] = [];
}

/**
 * Words (letters and digits, with inner hyphens and apostrophes: "second-largest", "don't") of `text`.
 * With a `pool`, the returned array and its tokens are the pool's and are overwritten by the next call.
 */
export function tokenize(text: string, offset = 0, pool?: TokenPool): Token[] {
  const tokens: Token[] = pool ? pool.tokens : [];
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = WORD_HASH_START; // the word's hash as it is read (see word-info.ts)
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isWordChar(code)) {
        hash = hashWordCode(hash, code);
        i++;
      } else if (isJoiner(code) && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) {
        hash = hashWordCode(hashWordCode(hash, code), text.charCodeAt(i + 1));
        i += 2;
      } else break;
    }
    const info = wordInfoHashed(text, start, i, hash);
    // Written by index (the pool's array keeps its capacity; emptying it first would give that up).
    tokens[count] = pool ? reused(pool.spare, count, offset + start, offset + i, info) : { start: offset + start, end: offset + i, text: info.word, info };
    count++;
  }
  tokens.length = count;
  return tokens;
}

/** The pool's token number `index`, set to the given word (made the first time a unit is that long). */
function reused(spare: Token[], index: number, start: number, end: number, info: WordInfo): Token {
  const token = spare[index];
  if (!token) return (spare[index] = { start, end, text: info.word, info });
  token.start = start;
  token.end = end;
  token.text = info.word;
  token.info = info;
  return token;
}

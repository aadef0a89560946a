/** Deeper than any JSON this app takes (a request body, an import line): refused before parsing. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep `{` and `[` nest in JSON text, strings skipped: one pass, nothing allocated. Parsing and
 * then walking a value nested a million levels deep would hold the thread for seconds.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i++; // a backslash: the next character is escaped
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) deepest = Math.max(deepest, ++depth);
    else if (code === 125 || code === 93) depth--;
  }
  return deepest;
}

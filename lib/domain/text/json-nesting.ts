/** Deeper than any JSON this app takes (a request body, an import line): refused before parsing. */
export const MAX_JSON_DEPTH = 32;

export interface JsonShape {
  /** How deep `{` and `[` nest over the whole text. */
  deepest: number;
  /** The same within single lines (NDJSON): a line break ends the line's nesting and any open string. */
  deepestLine: number;
  /** An upper bound of the JSON values: one, plus each `{`, `[` and `,` outside strings. */
  values: number;
}

/**
 * What JSON text would cost to parse, read in one pass with nothing allocated, strings skipped:
 * parsing and then walking a value nested a million levels deep would hold the thread for seconds,
 * and millions of tiny values outgrow a worker's heap (V8 then ends the whole process).
 */
export function jsonShape(text: string): JsonShape {
  let depth = 0;
  let lineDepth = 0;
  let deepest = 0;
  let deepestLine = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      // JSON strings hold no raw line break: a line of NDJSON starts afresh.
      lineDepth = 0;
      inString = false;
    } else if (inString) {
      if (code === 92) i++; // a backslash: the next character is escaped
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      values++;
      deepest = Math.max(deepest, ++depth);
      deepestLine = Math.max(deepestLine, ++lineDepth);
    } else if (code === 125 || code === 93) {
      depth--;
      lineDepth--;
    } else if (code === 44) values++;
  }
  return { deepest, deepestLine, values };
}

/** How deep `{` and `[` nest in JSON text (see jsonShape). */
export function jsonNestingDepth(text: string): number {
  return jsonShape(text).deepest;
}

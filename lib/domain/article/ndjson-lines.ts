// Lines of uploaded text, read with indexOf rather than split: a hostile file of millions of empty
// lines must not become millions of strings (64 MB of "\n" did, and the process ran out of memory).

/** JavaScript's whitespace (what String.prototype.trim removes), tested per UTF-16 code unit. */
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

function hasText(text: string, start: number, stop: number): boolean {
  for (let i = start; i < stop; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Calls `visit` with the bounds and 1-based number of each line that is not blank, until it returns false. */
function eachNonBlankLine(text: string, visit: (start: number, stop: number, line: number) => boolean | void): void {
  for (let start = 0, line = 1; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (hasText(text, start, stop) && visit(start, stop, line) === false) return;
    if (end === -1) return;
    start = end + 1;
  }
}

/** The non-empty lines of an NDJSON text with their 1-based line numbers (CRLF tolerated). */
export function ndjsonLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  eachNonBlankLine(text, (start, stop, line) => {
    lines.push({ line, text: text.slice(start, text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop) });
  });
  return lines;
}

/** How many lines of `text` are not blank, counted without cutting any out. */
export function countNonBlankLines(text: string): number {
  let count = 0;
  eachNonBlankLine(text, () => {
    count++;
  });
  return count;
}

/** The first line that is not blank, trimmed, or null. */
export function firstNonBlankLine(text: string): string | null {
  let first: string | null = null;
  eachNonBlankLine(text, (start, stop) => {
    first = text.slice(start, stop).trim();
    return false;
  });
  return first;
}

// The search engine marks each hit in a snippet with two characters from the Private Use Area, which the
// snippet's text never holds (they are taken out of it first): guillemets as markers could not be told
// from a quotation's own « » (probe of stop 32), for the page nor for API clients.
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";

/** A marked snippet as plain text and the [start, end) of each hit in it (UTF-16 offsets). */
export function readMarkedSnippet(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = "";
  const highlights: [number, number][] = [];
  let start = -1;
  for (const char of marked) {
    if (char === HIT_START) start = snippet.length;
    else if (char === HIT_END) {
      if (start >= 0 && snippet.length > start) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += char;
  }
  return { snippet, highlights };
}

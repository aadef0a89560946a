/** The non-empty lines of an NDJSON text with their 1-based line numbers (CRLF tolerated). */
export function ndjsonLines(text: string): { line: number; text: string }[] {
  return text
    .split("\n")
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/\r$/, "") }))
    .filter((entry) => entry.text.trim() !== "");
}

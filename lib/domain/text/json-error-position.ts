/**
 * Where JSON.parse stopped in `body`, as an editor counts lines and columns (from its "… at position
 * 123"), or null when the error names no position. Messages say this rather than the parser's own
 * English sentence, which no reader of another language could read.
 */
export function jsonErrorPosition(body: string, error: unknown): { line: number; column: number } | null {
  const position = Number(/at position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1] ?? Number.NaN);
  if (!Number.isInteger(position) || position > body.length) return null;
  let line = 1;
  let lineStart = 0;
  for (let at = body.indexOf("\n"); at !== -1 && at < position; at = body.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * The text a duplicate check compares: Unicode-normalised, line endings and runs of whitespace
 * folded, trimmed. The same article pasted from two browsers differs in exactly these ways.
 */
export function fingerprintText(body: string): string {
  return body.normalize("NFC").replace(/\s+/gu, " ").trim();
}

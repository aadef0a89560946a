/** Half of a UTF-16 surrogate pair without its other half: no character, and PostgreSQL refuses to store it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/** `text` with each lone surrogate replaced by U+FFFD, as a decoder shows broken text (String.prototype.toWellFormed). */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, "\uFFFD") : text;
}

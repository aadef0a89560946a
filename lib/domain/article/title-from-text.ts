import { firstNonBlankLine } from "./ndjson-lines";

const MAX_TITLE = 120;

/**
 * A title for an uploaded text that has none: its first line when that is a heading's length, else its
 * first sentence, cut at a word with "…" past 120 characters. The first 200 characters cut mid-word
 * made a nine-line heading on a phone ("…Milliarden Euro ausgeb": walk of stop 29).
 */
export function titleFromText(text: string): string | null {
  const line = firstNonBlankLine(text)?.trim();
  if (!line) return null;
  const sentence = /^.{10,}?[.!?](?=\s|$)/su.exec(line)?.[0] ?? line;
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
}

/**
 * The headline an uploaded text opens with, and the text after it: a first line of a heading's length
 * without a sentence's end, a blank line below it (a hard-wrapped first sentence has none), then more text. Used as the title, it is no part of the body: kept
 * there too, the headline became a claim of its own beside the title (walk of stop 32). Null otherwise.
 */
export function splitHeadline(text: string): { headline: string; body: string } | null {
  const match = /^\s*([^\r\n]{3,120}?)[^\S\r\n]*(?:\r?\n|\r)[^\S\r\n]*(?:\r?\n|\r)/u.exec(text);
  if (!match || /[.,;:!]$/u.test(match[1]!) || !/\p{L}/u.test(match[1]!)) return null;
  const body = text.slice(match[0].length).replace(/^\s+/u, "");
  return body ? { headline: match[1]!, body } : null;
}

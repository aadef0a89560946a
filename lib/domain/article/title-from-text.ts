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

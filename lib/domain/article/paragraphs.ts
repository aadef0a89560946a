export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Paragraph spans of an article body: runs of text separated by blank lines or, in texts that use
 * single line breaks between paragraphs, by line breaks. Offsets are UTF-16 indexes into `body`, so
 * later claim highlights can be placed inside the paragraph that contains them.
 */
export function paragraphSpans(body: string): TextSpan[] {
  const separator = /\n[ \t]*\n/.test(body) ? /\n(?:[ \t]*\n)+/g : /\n+/g;
  const spans: TextSpan[] = [];
  let cursor = 0;
  for (const match of body.matchAll(separator)) {
    pushTrimmed(body, cursor, match.index, spans);
    cursor = match.index + match[0].length;
  }
  pushTrimmed(body, cursor, body.length, spans);
  return spans;
}

function pushTrimmed(body: string, start: number, end: number, spans: TextSpan[]): void {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

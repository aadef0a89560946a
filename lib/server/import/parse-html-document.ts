import { parseHTML } from "linkedom";

/**
 * The DOM of an HTML text, always with an <html> element: linkedom leaves a text without any tag
 * ("hello", blank, only a comment) without one, and Readability then threw (an uploaded .html of plain
 * text answered 500: probe of stop 29). Such a text is read as the body of an empty page.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement) return document as unknown as Document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

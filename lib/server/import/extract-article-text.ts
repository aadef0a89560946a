import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseHtmlDocument } from "./parse-html-document";

export interface ExtractedArticle {
  title: string | null;
  text: string;
  publisher: string | null;
  publishedAt: string | null;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";
/** Elements that show as a gap or a line break but contribute no text of their own. */
const SEPARATING = "br, hr, img, picture, video, audio, iframe, embed, object, svg, canvas";

/**
 * The readable article in an HTML page (Mozilla Readability, the engine of Firefox's reader view),
 * as plain text with one paragraph per block, so claim offsets index text a person can read.
 */
export function extractFromHtml(html: string): ExtractedArticle | null {
  const article = new Readability(parseHtmlDocument(html), { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  // textContent joins what a browser shows apart: "One.<img>Two." or "line<br>line" would become one
  // sentence ("One.Two.") or one word. A space keeps them apart; whitespace is collapsed below.
  for (const element of content.querySelectorAll(SEPARATING)) element.replaceWith(content.createTextNode(" "));
  const blocks = [...content.querySelectorAll(BLOCKS)]
    // Nested blocks (a <p> inside a <blockquote>) are read once, through the innermost one.
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join("\n\n") : (article.textContent ?? "").trim();
  if (!text) return null;
  return {
    title: article.title?.trim() || null,
    text,
    publisher: article.siteName?.trim() || null,
    publishedAt: article.publishedTime ?? null,
  };
}

/** Markdown as readable text: headings, emphasis, links and images reduced to their words. */
export function textFromMarkdown(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    // (An address may hold balanced brackets: "…/wiki/Berlin_(disambiguation)" left ")" in the text, probe of stop 45.)
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(\*|_)([^*_\n]+)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^\s{0,3}>\s?/gm, "")
    .trim();
}

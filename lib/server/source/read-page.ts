import { parseHtmlDocument } from "@/lib/server/import/parse-html-document";
import { contentHash } from "@/lib/server/article/content-hash";
import { extractFromHtml } from "@/lib/server/import/extract-article-text";
import { pageMetadata } from "./page-metadata";

/** Most readable text an archived copy keeps (characters); the rest of a huge page is cut. */
export const ARCHIVE_TEXT_LIMIT = 200_000;

export interface ArchivedPage {
  text: string;
  contentHash: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

/**
 * The archived form of a fetched page: plain readable text only (Readability, or the body's visible
 * text when Readability finds no article), never markup. Runs in a worker thread: the page is hostile.
 * The hash is taken over the whole normalised text, so a changed page is noticed even past the cap.
 */
export function readPage(body: string, contentType: string, url: string): ArchivedPage {
  if (!/html/i.test(contentType)) {
    const text = body.replace(/\r\n?/g, "\n").trim();
    return { text: text.slice(0, ARCHIVE_TEXT_LIMIT), contentHash: contentHash(text), title: null, publisher: new URL(url).hostname.replace(/^www\./, ""), publishedAt: null };
  }
  const meta = pageMetadata(body, url);
  const article = extractFromHtml(body);
  const text = article?.text ?? visibleText(body);
  return {
    text: text.slice(0, ARCHIVE_TEXT_LIMIT),
    contentHash: contentHash(text),
    title: meta.title ?? article?.title ?? null,
    publisher: article?.publisher ?? meta.publisher,
    publishedAt: meta.publishedAt ?? article?.publishedAt ?? null,
  };
}

function visibleText(html: string): string {
  const document = parseHtmlDocument(html);
  for (const element of document.querySelectorAll("script, style, noscript, template, svg, iframe")) element.remove();
  return (document.body?.textContent ?? "").replace(/[ \t\f\v]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
}

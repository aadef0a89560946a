import { parseHtmlDocument } from "@/lib/server/import/parse-html-document";

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

const meta = (document: Document, ...names: string[]) => {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
};

/** Title, publisher and date from a page's metadata (run in a worker thread: the page is hostile). */
export function pageMetadata(html: string, url: string): PageMetadata {
  const doc = parseHtmlDocument(html);
  return {
    title: meta(doc, "og:title", "twitter:title") ?? doc.querySelector("title")?.textContent?.trim() ?? null,
    publisher: meta(doc, "og:site_name", "application-name") ?? new URL(url).hostname.replace(/^www\./, ""),
    publishedAt: meta(doc, "article:published_time", "date", "dc.date"),
  };
}

import { parseHTML } from "linkedom";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { AppError } from "@/lib/server/errors";
import { safeFetch } from "@/lib/server/import/safe-fetch";

export interface SourceMetadata {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** Why nothing was found, when the fetch failed: the form stays usable, fields stay empty. */
  problem: string | null;
}

const meta = (document: Document, ...names: string[]) => {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
};

/** Title, publisher and date of a page, read from its metadata. Failures are soft: a message, no error. */
export async function fetchSourceMetadata({ actor, url }: { actor: Actor; url: string }): Promise<SourceMetadata> {
  authorize(actor, "source.manage");
  try {
    const page = await safeFetch(url);
    const { document } = parseHTML(page.body);
    const doc = document as unknown as Document;
    return {
      title: meta(doc, "og:title", "twitter:title") ?? doc.querySelector("title")?.textContent?.trim() ?? null,
      publisher: meta(doc, "og:site_name", "application-name") ?? new URL(page.url).hostname.replace(/^www\./, ""),
      publishedAt: meta(doc, "article:published_time", "date", "dc.date"),
      problem: null,
    };
  } catch (error) {
    if (error instanceof AppError) return { title: null, publisher: null, publishedAt: null, problem: error.message };
    throw error;
  }
}

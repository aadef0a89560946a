import { AppError } from "@/lib/server/errors";
import { runHeavy } from "@/lib/server/workers/heavy-pool";
import type { ExtractedArticle } from "./extract-article-text";
import { MAX_HTML_DEPTH } from "./html-nesting";

/**
 * The readable article of an HTML page, parsed in a worker thread: every page is treated as hostile
 * (fact-checkers import disinformation sites on purpose), so a page nested past MAX_HTML_DEPTH is
 * refused before any DOM is built, and one that parses too slowly is stopped at the deadline.
 */
export async function extractHtmlSafely(html: string): Promise<ExtractedArticle | null> {
  const result = await runHeavy("html", { html, maxDepth: MAX_HTML_DEPTH }, "This page is too complex to import safely. Paste its text instead.");
  if ("tooDeep" in result) {
    throw new AppError("UNPROCESSABLE", `This page is nested too deeply to import safely (more than ${MAX_HTML_DEPTH} levels of elements). Paste its text instead.`);
  }
  return result.article;
}

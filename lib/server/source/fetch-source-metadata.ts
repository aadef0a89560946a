import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { AppError } from "@/lib/server/errors";
import { MAX_HTML_DEPTH } from "@/lib/server/import/html-nesting";
import { safeFetch } from "@/lib/server/import/safe-fetch";
import { runHeavy } from "@/lib/server/workers/heavy-pool";

export interface SourceMetadata {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** Why nothing was found, when the fetch failed: the form stays usable, fields stay empty. */
  problem: string | null;
}

/** Title, publisher and date of a page, read from its metadata. Failures are soft: a message, no error. */
export async function fetchSourceMetadata({ actor, url }: { actor: Actor; url: string }): Promise<SourceMetadata> {
  authorize(actor, "source.manage");
  try {
    const page = await safeFetch(url, undefined, "fill-in");
    const result = await runHeavy("metadata", { html: page.body, url: page.url, maxDepth: MAX_HTML_DEPTH }, "The page is too complex to read its details.");
    if ("tooDeep" in result) return { title: null, publisher: null, publishedAt: null, problem: "The page is nested too deeply to read its details safely." };
    return { ...result, problem: null };
  } catch (error) {
    if (error instanceof AppError) return { title: null, publisher: null, publishedAt: null, problem: error.message };
    throw error;
  }
}

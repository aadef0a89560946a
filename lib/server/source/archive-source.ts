import type { LinkState } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { MAX_HTML_DEPTH } from "@/lib/server/import/html-nesting";
import { safeFetchAnyStatus } from "@/lib/server/import/safe-fetch";
import { runHeavy } from "@/lib/server/workers/heavy-pool";
import type { ArchivedPage } from "./read-page";

interface FetchOutcome {
  finalUrl: string | null;
  httpStatus: number | null;
  page: ArchivedPage | null;
  error: string | null;
}

/**
 * Fetches a cited page through the safe fetch (same address, time and size rules as URL import) and
 * reads it in the worker pool. Every way the page can fail — refused address, timeout, too large, an
 * error status, too deeply nested — becomes `error`, never an exception: a failing link is a fact to
 * record. Only a busy worker pool is thrown (the job retries later).
 */
async function fetchPage(url: string, allowPrivate?: boolean): Promise<FetchOutcome> {
  let fetched: Awaited<ReturnType<typeof safeFetchAnyStatus>>;
  try {
    fetched = await safeFetchAnyStatus(url, allowPrivate);
  } catch (error) {
    if (error instanceof AppError) return { finalUrl: null, httpStatus: null, page: null, error: error.message };
    throw error;
  }
  const base = { finalUrl: fetched.url, httpStatus: fetched.status };
  if (fetched.status >= 400) return { ...base, page: null, error: `The page answered with HTTP ${fetched.status}.` };
  try {
    const read = await runHeavy("archive", { body: fetched.body, contentType: fetched.contentType, url: fetched.url, maxDepth: MAX_HTML_DEPTH }, "The page is too complex to archive.");
    if ("tooDeep" in read) return { ...base, page: null, error: "The page is nested too deeply to archive safely." };
    return { ...base, page: read, error: null };
  } catch (error) {
    if (error instanceof AppError && error.code === "UNPROCESSABLE") return { ...base, page: null, error: error.message };
    throw error;
  }
}

/**
 * Takes a new snapshot of a source and sets its link state: `failed` when the fetch failed, `changed`
 * when the text differs from the first archived copy (what was there when it was cited), else `ok`.
 * Every snapshot is kept. Runs from the archive job, the re-check and "archive again".
 */
export async function archiveSource(
  sourceId: string,
  /** Whether private addresses may be fetched; FACTDESK_ALLOW_PRIVATE_FETCH unless given (tests say false). */
  { allowPrivate }: { allowPrivate?: boolean } = {},
): Promise<{ linkState: LinkState } | null> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, teamId: true, url: true } });
  if (!source) return null;
  const outcome = await fetchPage(source.url, allowPrivate);
  return db.$transaction(async (tx) => {
    const first = await tx.sourceSnapshot.findFirst({
      where: { sourceId: source.id, contentHash: { not: null } },
      orderBy: { fetchedAt: "asc" },
      select: { contentHash: true },
    });
    const linkState: LinkState = !outcome.page ? "failed" : first && first.contentHash !== outcome.page.contentHash ? "changed" : "ok";
    const snapshot = await tx.sourceSnapshot.create({
      data: {
        sourceId: source.id,
        teamId: source.teamId,
        requestedUrl: source.url,
        finalUrl: outcome.finalUrl,
        httpStatus: outcome.httpStatus,
        contentHash: outcome.page?.contentHash ?? null,
        text: outcome.page?.text ?? null,
        title: outcome.page?.title?.slice(0, 500) ?? null,
        publisher: outcome.page?.publisher?.slice(0, 200) ?? null,
        publishedAt: outcome.page?.publishedAt?.slice(0, 100) ?? null,
        error: outcome.error,
        linkState,
      },
      select: { id: true, fetchedAt: true },
    });
    await tx.source.update({
      where: { id: source.id },
      data: {
        linkState,
        checkedAt: snapshot.fetchedAt,
        latestSnapshotId: snapshot.id,
        ...(outcome.page && { archivedSnapshotId: snapshot.id, archivedAt: snapshot.fetchedAt }),
      },
    });
    return { linkState };
  });
}

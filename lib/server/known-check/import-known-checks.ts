import { MAX_CLAIM_REVIEWS, MAX_JSON_VALUES, type KnownCheckProblem } from "@/lib/domain/known-checks/read-claim-reviews";
import { tokenIdOf, type Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { MAX_HTML_DEPTH } from "@/lib/server/import/html-nesting";
import { safeFetch } from "@/lib/server/import/safe-fetch";
import { storeImportRecords } from "./store-import-records";
import { runHeavy } from "@/lib/server/workers/heavy-pool";
import { isUuid } from "@/lib/validations/id";
import type { ImportKnownChecksUrlInput } from "@/lib/validations/known-check";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

export const knownCheckImportFields = {
  id: true, origin: true, status: true, total: true, processed: true, inserted: true, duplicates: true, errors: true, createdAt: true, finishedAt: true,
} as const;

interface ImportOptions {
  actor: Actor;
  /** Queues the batches on the job queue once the import row committed. */
  enqueue: (importId: string) => Promise<void>;
}

/** The ClaimReviews of a page (its JSON-LD), a JSON-LD document or a DataFeed, fetched with URL import's rules. */
export async function importKnownChecksFromUrl({ actor, input, enqueue }: ImportOptions & { input: ImportKnownChecksUrlInput }) {
  authorize(actor, "known-check.import");
  // A failure ends with what helps here (upload the reviews as a file), not article import's "paste the text".
  const page = await safeFetch(input.url, undefined, "upload");
  return importDocument({ actor, enqueue, origin: input.url, body: page.body, contentType: page.contentType, fromFile: false });
}

/** The origin of an upload that sent no X-File-Name (the settings page shows it in the reader's language). */
export const UNNAMED_UPLOAD = "uploaded file";

/** The ClaimReviews of an uploaded JSON-LD, DataFeed or NDJSON document. */
export async function importKnownChecksFromFile({ actor, enqueue, name, body, contentType }: ImportOptions & { name: string; body: string; contentType: string }) {
  authorize(actor, "known-check.import");
  return importDocument({ actor, enqueue, origin: name, body, contentType, fromFile: true });
}

async function importDocument({ actor, enqueue, origin, body, contentType, fromFile }: ImportOptions & { origin: string; body: string; contentType: string; fromFile: boolean }) {
  const read = await runHeavy("knownChecks", { body, contentType, maxDepth: MAX_HTML_DEPTH }, "This document is too large or complex to read in time. Split it into smaller files.");
  if ("tooDeep" in read) throw new AppError("UNPROCESSABLE", "This document is nested too deeply to read safely; ClaimReview JSON-LD is never more than a few levels deep.");
  if ("tooLarge" in read) {
    throw new AppError("UNPROCESSABLE", `This document holds more JSON values than Factdesk reads at once (over ${MAX_JSON_VALUES.toLocaleString("en")}). Split it into smaller files.`);
  }
  if ("unreadable" in read) throw new AppError("INVALID_INPUT", read.unreadable);
  if ("tooManyLines" in read || read.overLimit) {
    throw new AppError("UNPROCESSABLE", `This document holds more than ${MAX_CLAIM_REVIEWS.toLocaleString("en")} ClaimReviews, more than one import reads. Split it into smaller files.`);
  }
  if (read.count === 0) throw new AppError("INVALID_INPUT", nothingUsable(read.errors, fromFile), read.errors);
  const created = await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    const row = await tx.knownCheckImport.create({
      data: { teamId: actor.teamId, createdById: actor.userId, tokenId: tokenIdOf(actor), origin: origin.slice(0, 2048), total: read.count, errors: read.errors },
      select: knownCheckImportFields,
    });
    await storeImportRecords(tx, row.id, read.recordsJson);
    return row;
  }, { timeout: 60_000 });
  await enqueue(created.id);
  return created;
}

/** Why nothing can be imported: the first problem and where it is, else what to check. */
function nothingUsable(errors: KnownCheckProblem[], fromFile: boolean): string {
  const first = errors[0];
  if (first?.where === "line") return `No usable ClaimReview was found. The first problem: line ${first.item}: ${first.message}`;
  if (first?.where === "block") return `No usable ClaimReview was found. The first problem: JSON-LD block ${first.item}: ${first.message}`;
  if (first) return `No usable ClaimReview was found. The first problem: item ${first.item}: ${first.message}`;
  return fromFile
    ? "No usable ClaimReview was found. Check that the file holds ClaimReview JSON-LD, a DataFeed of them or NDJSON with one per line."
    : "No usable ClaimReview was found. Check that the address is a fact-check page or a ClaimReview feed.";
}

/** The team's recent imports of known fact-checks, newest first. */
export async function listKnownCheckImports({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  return db.knownCheckImport.findMany({ where: { teamId: actor.teamId }, orderBy: { createdAt: "desc" }, take: 20, select: knownCheckImportFields });
}

export async function getKnownCheckImport({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "article.read");
  const found = isUuid(id) ? await db.knownCheckImport.findFirst({ where: { id, teamId: actor.teamId }, select: knownCheckImportFields }) : null;
  if (!found) throw new AppError("NOT_FOUND", "The import was not found.");
  return found;
}

/** How many known fact-checks the team has. */
export async function countKnownFactChecks({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  return db.knownFactCheck.count({ where: { teamId: actor.teamId } });
}

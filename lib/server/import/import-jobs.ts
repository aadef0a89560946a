import { countNonBlankLines } from "@/lib/domain/article/ndjson-lines";
import { tokenIdOf, type Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

export const MAX_IMPORT_LINES = 5000;

const jobFields = {
  id: true, status: true, total: true, processed: true, succeeded: true, failed: true, imported: true, errors: true,
  createdAt: true, startedAt: true, finishedAt: true, createdBy: { select: { id: true, name: true } },
} as const;

/**
 * Stores a bulk NDJSON import (one article object per line, the same fields as POST /articles) and
 * hands it to the job queue via `enqueue`. Lines are checked when the job works them, so one bad line
 * never spoils the others.
 */
export async function createImportJob({ actor, ndjson, enqueue }: { actor: Actor; ndjson: string; enqueue: (jobId: string) => Promise<void> }) {
  authorize(actor, "article.create");
  // No JSON text holds a raw NUL, and PostgreSQL stores none: the whole file had failed with 500 (hostile probe of stop 39).
  const nul = ndjson.indexOf("\u0000");
  if (nul !== -1) throw new AppError("INVALID_INPUT", `Line ${lineNumberAt(ndjson, nul)} holds a NUL byte, which no JSON text may contain. Remove it, or write it escaped as \\u0000.`);
  const total = countNonBlankLines(ndjson);
  if (total === 0) throw new AppError("INVALID_INPUT", "The file has no lines. Send one JSON article object per line.");
  if (total > MAX_IMPORT_LINES) throw new AppError("INVALID_INPUT", `Send at most ${MAX_IMPORT_LINES} articles per import; this has ${total}.`);
  const job = await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    return tx.importJob.create({ data: { teamId: actor.teamId, createdById: actor.userId, tokenId: tokenIdOf(actor), payload: ndjson, total }, select: jobFields });
  });
  await enqueue(job.id);
  return job;
}

/** The 1-based number of the line `at` is on. */
function lineNumberAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export async function getImportJob({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "article.read");
  const job = isUuid(id) ? await db.importJob.findFirst({ where: { id, teamId: actor.teamId }, select: jobFields }) : null;
  if (!job) throw notFound("The import");
  return job;
}

/**
 * The team's 20 newest imports, without their per-line reports (GET /imports/{id} has those): with them the list was
 * 25 MB of JSON, and a few of those at once slowed other teams' requests (hostile probe of stop 41).
 */
export async function listImportJobs({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  const { imported: _imported, errors: _errors, ...summaryFields } = jobFields;
  return db.importJob.findMany({ where: { teamId: actor.teamId }, orderBy: { createdAt: "desc" }, take: 20, select: summaryFields });
}

export type ImportJobView = Awaited<ReturnType<typeof getImportJob>>;

import { localizeIssue } from "@/lib/i18n/server-messages";
import { ndjsonLines } from "@/lib/domain/article/ndjson-lines";
import { jsonNestingDepth, MAX_JSON_DEPTH } from "@/lib/domain/text/json-nesting";
import { createArticle } from "@/lib/server/article/create-article";
import { fewerRunningTeamWaits, type TeamQueue } from "@/lib/server/jobs/fair-queue";
import { asWorkOf } from "@/lib/server/workers/heavy-owner";
import { jobAccessEnded, loadJobActor } from "@/lib/server/auth/load-job-actor";
import { isAccessChange } from "@/lib/server/auth/lock-actor-access";
import type { Actor } from "@/lib/server/auth/actor";
import { db, Prisma } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { megabytes } from "@/lib/server/http/read-json-body";
import { isDatabaseUnavailable } from "@/lib/server/http/database-unavailable";
import { isTransactionExpired, isWriteConflict } from "@/lib/server/db/transaction-expired";
import { logger } from "@/lib/server/observability/shared";
import { createArticleInput } from "@/lib/validations/article";

interface LineResult {
  line: number;
  articleId?: string;
  message?: string;
  /** A line refused as the same text as an article the team has: that article, for a link beside the message. */
  existingArticleId?: string;
  /** The line where the job stopped (its sender's access ended): reported, but neither processed nor failed. */
  stopped?: true;
}

// Progress (with the growing per-line report) is saved every few lines rather than after each one.
const PROGRESS_EVERY = 10;
/** How often the worker holding a job says so. */
export const HEARTBEAT_MS = 5_000;
/** A running job silent this long has lost its worker (killed, crashed) and may be taken over. */
export const STALE_AFTER_MS = 30_000;
/**
 * A job's turn: after it, a job gives its worker up when a team running fewer imports has one
 * waiting, and goes to the back of the queue. Without turns, one team's few big imports held every
 * worker until one of them ended, and another team's one-line import waited all that time.
 */
export const IMPORT_TURN_MS = 5_000;
/** How often, once its turn is over, a job asks whether another team waits. */
const WAITING_CHECK_EVERY_MS = 1_000;
/** Waiting: queued, or handed back and not yet taken again. Running: holding a lease (a stale one is swept within 15 s). */
export const ARTICLE_IMPORTS: TeamQueue = {
  table: Prisma.sql`"ImportJob"`,
  waiting: Prisma.sql`(status = 'queued' OR (status = 'running' AND "heartbeatAt" IS NULL))`,
  running: Prisma.sql`(status = 'running' AND "heartbeatAt" IS NOT NULL)`,
};

/**
 * Works an import job from the first line not yet handled: each line is parsed, validated and
 * imported in its own transaction. A worker that died repeats at most the lines after its last saved
 * progress; a duplicate met there that this person imported since the job started is taken as the
 * job's own article and counts as imported.
 *
 * The job's `heartbeatAt` is its lease: taking the job writes it (only when the job is queued or its
 * heartbeat is stale), the worker renews it every HEARTBEAT_MS, and every write of progress is
 * conditional on the value this worker wrote last. So a job is worked by one worker at a time, and a
 * worker that was presumed dead and overtaken stops at its next write instead of importing twice.
 *
 * When `stop` is aborted (the instance shuts down), or the job's turn is over while a team running
 * fewer imports has one waiting, the worker saves its progress after the current line and gives up
 * the lease at once (heartbeat cleared), so any worker may go on without waiting for the lease to go
 * stale; the caller then queues the job again.
 */
export async function workImportJob(
  jobId: string,
  { stop, turnMs = IMPORT_TURN_MS }: { stop?: AbortSignal; turnMs?: number } = {},
): Promise<"handed-back" | undefined> {
  if (stop?.aborted) return "handed-back";
  const found = await db.importJob.findUnique({ where: { id: jobId }, select: { status: true, createdById: true, teamId: true, tokenId: true, startedAt: true } });
  if (!found || found.status === "done" || found.status === "failed") return;
  let actor = await loadJobActor(found, "article.create");
  if (!actor) {
    await db.importJob.update({ where: { id: jobId }, data: { status: "failed", finishedAt: new Date(), errors: [{ line: 0, message: jobAccessEnded(found) }] } });
    return;
  }
  let lease = new Date();
  const taken = await db.importJob.updateMany({
    where: { id: jobId, OR: [{ status: "queued" }, { status: "running", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: new Date(lease.getTime() - STALE_AFTER_MS) } }] }] },
    data: { status: "running", startedAt: found.startedAt ?? lease, heartbeatAt: lease },
  });
  if (taken.count === 0) return; // another live worker holds it
  // Read after taking the lease: the progress a worker overtaken just now had saved counts.
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });

  const lines = ndjsonLines(job.payload);
  const imported = job.imported as unknown as LineResult[];
  const errors = job.errors as unknown as LineResult[];
  const lineOf = new Map(imported.map((result) => [result.articleId, result.line]));
  const startedAt = job.startedAt ?? new Date();
  let processed = job.processed;
  const resumedAt = processed > 0 ? processed : -1;
  // Writes run one after another, each renewing the lease it is conditional on.
  let lost = false;
  let writes = Promise.resolve();
  const write = (data: Prisma.ImportJobUpdateManyMutationInput) =>
    (writes = writes.catch(() => {}).then(async () => {
      if (lost) return;
      const renewed = new Date(Math.max(Date.now(), lease.getTime() + 1));
      const { count } = await db.importJob.updateMany({ where: { id: jobId, heartbeatAt: lease }, data: { ...data, heartbeatAt: renewed } });
      if (count === 0) lost = true;
      else lease = renewed;
    }));
  const save = (data: Prisma.ImportJobUpdateManyMutationInput = {}) =>
    write({ processed, succeeded: imported.length, failed: errors.filter((error) => !error.stopped).length, imported: imported as never, errors: errors as never, ...data });
  const heartbeat = setInterval(() => void write({}).catch(() => {}), HEARTBEAT_MS);
  const turnEnds = Date.now() + turnMs;
  let nextWaitingCheck = turnEnds;
  const takenAt = processed;
  // Every take works at least one line, so handing back and forth always makes progress.
  const giveWay = async () => {
    if (processed === takenAt || Date.now() < nextWaitingCheck) return false;
    nextWaitingCheck = Date.now() + WAITING_CHECK_EVERY_MS;
    return fewerRunningTeamWaits(ARTICLE_IMPORTS, job.teamId);
  };
  const stopAt = async (line: number) => {
    errors.push({ line, message: jobAccessEnded(found), stopped: true });
    await save({ status: "failed", finishedAt: new Date() });
  };
  try {
    for (const { line, text } of lines.slice(processed)) {
      if (lost) return; // overtaken: the worker holding the lease now goes on from the saved progress
      if (stop?.aborted || (await giveWay())) {
        clearInterval(heartbeat); // no renewal may slip in between the last save and giving up the lease
        await save();
        if (lost) return;
        await db.importJob.updateMany({ where: { id: jobId, heartbeatAt: lease }, data: { heartbeatAt: null } });
        return "handed-back";
      }
      // Access is read again before every line: a token revoked or a member removed while the job runs stops it here.
      actor = await loadJobActor(found, "article.create");
      if (!actor) return void (await stopAt(line));
      const repeat = resumedAt >= 0 && processed < resumedAt + PROGRESS_EVERY ? { userId: job.createdById, since: startedAt } : null;
      let result = await importLine(actor, line, text, lineOf, repeat);
      // Refused because access changed while the line was written: a change that still allows importing (a role set
      // again) tries the line once more (re-probe of stop 44: it was lost); an ended access stops the job here.
      if (result.message && isAccessChange(result.message)) {
        actor = await loadJobActor(found, "article.create");
        if (!actor) return void (await stopAt(line));
        result = await importLine(actor, line, text, lineOf, repeat);
      }
      if (result.articleId) {
        imported.push(result);
        lineOf.set(result.articleId, line);
      } else errors.push(result);
      processed++;
      if (processed % PROGRESS_EVERY === 0) await save();
    }
    await save({ status: "done", finishedAt: new Date() });
  } finally {
    clearInterval(heartbeat);
  }
}

async function importLine(
  actor: Actor,
  line: number,
  text: string,
  lineOf: Map<string | undefined, number>,
  repeat: { userId: string; since: Date } | null,
): Promise<LineResult> {
  // Checked before parsing: one 50 MB line of brackets held the request thread for most of a minute.
  const limit = env().FACTDESK_MAX_BODY_BYTES;
  if (text.length > limit || Buffer.byteLength(text) > limit) return { line, message: `The line is larger than ${megabytes(limit)}, the limit for one article.` };
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) return { line, message: `The line is nested more than ${MAX_JSON_DEPTH} levels deep.` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, message: "Not valid JSON." };
  }
  const parsed = createArticleInput.safeParse(value);
  // Stored in English, the API's language; fields by their label, never "title: …".
  if (!parsed.success) return { line, message: parsed.error.issues.map((issue) => localizeIssue(issue, "en")).join(" ") };
  try {
    const article = await asWorkOf(actor.teamId, () => createArticle({ actor, input: parsed.data }));
    return { line, articleId: article.id };
  } catch (error) {
    if (!(error instanceof AppError)) return failedOnOurSide(line, error);
    const existing = (error.details as { articleId?: string } | undefined)?.articleId;
    if (existing && lineOf.has(existing)) return { line, message: `The same text as line ${lineOf.get(existing)}.`, existingArticleId: existing };
    if (existing && repeat && (await importedByJob(existing, repeat))) return { line, articleId: existing };
    return { line, message: error.message, ...(existing && { existingArticleId: existing }) };
  }
}

/**
 * A line that failed for a reason of ours. PostgreSQL down, a busy database or a write conflict end the
 * run, and the job is taken up again where it stopped; anything else is reported for this line and the
 * import goes on: one such line held a whole import at "running", line 0, for good (hostile probe of stop 31).
 */
function failedOnOurSide(line: number, error: unknown): LineResult {
  if (isDatabaseUnavailable(error) || isTransactionExpired(error) || isWriteConflict(error)) throw error;
  logger().error({ kind: "error", err: error, line }, "import line failed");
  return { line, message: "This line could not be imported because of an error on our side; the other lines were imported." };
}

async function importedByJob(articleId: string, repeat: { userId: string; since: Date }): Promise<boolean> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { importedById: true, importedAt: true } });
  return article?.importedById === repeat.userId && article.importedAt >= repeat.since;
}

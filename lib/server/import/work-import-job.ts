import { ndjsonLines } from "@/lib/domain/article/ndjson-lines";
import { createArticle } from "@/lib/server/article/create-article";
import { loadMembershipActor } from "@/lib/server/auth/load-session-actor";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { createArticleInput } from "@/lib/validations/article";

interface LineResult {
  line: number;
  articleId?: string;
  message?: string;
}

// Progress (with the growing per-line report) is saved every few lines rather than after each one.
const PROGRESS_EVERY = 10;

/**
 * Works an import job from the first line not yet handled: each line is parsed, validated and
 * imported in its own transaction. A worker that died repeats at most the lines after its last saved
 * progress; a duplicate met there that this person imported since the job started is taken as the
 * job's own article and counts as imported.
 */
export async function workImportJob(jobId: string): Promise<void> {
  const job = await db.importJob.findUnique({ where: { id: jobId } });
  if (!job || job.status === "done" || job.status === "failed") return;
  const actor = await loadMembershipActor(job.createdById, job.teamId);
  if (!actor) {
    await db.importJob.update({ where: { id: jobId }, data: { status: "failed", finishedAt: new Date(), errors: [{ line: 0, message: "The person who started this import is no longer an active member." }] } });
    return;
  }
  await db.importJob.update({ where: { id: jobId }, data: { status: "running", startedAt: job.startedAt ?? new Date() } });

  const lines = ndjsonLines(job.payload);
  const imported = job.imported as unknown as LineResult[];
  const errors = job.errors as unknown as LineResult[];
  const lineOf = new Map(imported.map((result) => [result.articleId, result.line]));
  const startedAt = job.startedAt ?? new Date();
  let processed = job.processed;
  const resumedAt = processed > 0 ? processed : -1;
  const save = (data: Prisma.ImportJobUpdateInput = {}) =>
    db.importJob.update({
      where: { id: jobId },
      data: { processed, succeeded: imported.length, failed: errors.length, imported: imported as never, errors: errors as never, ...data },
    });

  for (const { line, text } of lines.slice(processed)) {
    const repeat = resumedAt >= 0 && processed < resumedAt + PROGRESS_EVERY ? { userId: job.createdById, since: startedAt } : null;
    const result = await importLine(actor, line, text, lineOf, repeat);
    if (result.articleId) {
      imported.push(result);
      lineOf.set(result.articleId, line);
    } else errors.push(result);
    processed++;
    if (processed % PROGRESS_EVERY === 0) await save();
  }
  await save({ status: "done", finishedAt: new Date() });
}

async function importLine(
  actor: NonNullable<Awaited<ReturnType<typeof loadMembershipActor>>>,
  line: number,
  text: string,
  lineOf: Map<string | undefined, number>,
  repeat: { userId: string; since: Date } | null,
): Promise<LineResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, message: "Not valid JSON." };
  }
  const parsed = createArticleInput.safeParse(value);
  if (!parsed.success) return { line, message: parsed.error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ") };
  try {
    const article = await createArticle({ actor, input: parsed.data });
    return { line, articleId: article.id };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const existing = (error.details as { articleId?: string } | undefined)?.articleId;
    if (existing && lineOf.has(existing)) return { line, message: `The same text as line ${lineOf.get(existing)}.` };
    if (existing && repeat && (await importedByJob(existing, repeat))) return { line, articleId: existing };
    return { line, message: error.message };
  }
}

async function importedByJob(articleId: string, repeat: { userId: string; since: Date }): Promise<boolean> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { importedById: true, importedAt: true } });
  return article?.importedById === repeat.userId && article.importedAt >= repeat.since;
}

import { db, Prisma } from "@/lib/server/db/client";
import { fewerRunningTeamWaits, type TeamQueue } from "@/lib/server/jobs/fair-queue";
import { IMPORT_TURN_MS } from "@/lib/server/import/work-import-job";
import { jobAccessEnded, loadJobActor } from "@/lib/server/auth/load-job-actor";
import { isAccessChange, lockActorAccess } from "@/lib/server/auth/lock-actor-access";
import { AppError } from "@/lib/server/errors";

/** Reviews written per transaction: big enough to be quick, small enough to hold no lock for long. */
export const KNOWN_CHECK_BATCH = 10_000;

export const KNOWN_CHECK_IMPORTS: TeamQueue = { table: Prisma.sql`"KnownCheckImport"`, waiting: Prisma.sql`status = 'queued'`, running: Prisma.sql`status = 'running'` };

/**
 * Works a known-fact-check import batch by batch. Each batch is one transaction that locks the import
 * row, inserts the next slice of its records (a review URL the team already has is skipped), deletes
 * those records and advances `processed`, so a retry after a crash, or a second worker, carries on where the last
 * commit left off and never inserts a batch twice.
 *
 * After its turn (IMPORT_TURN_MS) an import gives way between batches when a team running fewer known-check imports
 * has one queued: it goes back to "queued" and the caller queues it again (hostile probe of stop 41: one team's four
 * 190,000-review files held the queue for a minute while another team's single review waited behind them).
 */
export async function workKnownCheckImport(
  importId: string,
  { stop, batchSize = KNOWN_CHECK_BATCH, turnMs = IMPORT_TURN_MS }: { stop?: AbortSignal; batchSize?: number; turnMs?: number } = {},
): Promise<"handed-back" | undefined> {
  const owner = await db.knownCheckImport.findUnique({ where: { id: importId }, select: { teamId: true, createdById: true, tokenId: true } });
  if (!owner) return;
  await db.knownCheckImport.updateMany({ where: { id: importId, status: "queued" }, data: { status: "running" } });
  const turnEnds = Date.now() + turnMs;
  for (let batches = 0; ; batches++) {
    if (stop?.aborted) throw new Error("stopping: the import continues on the retry");
    if (batches > 0 && Date.now() >= turnEnds && (await handedBack(importId, owner.teamId))) return "handed-back";
    // Before every batch: a token revoked or a member removed while the import runs stops it here. The batch holds
    // the sender's access (lockActorAccess) until it commits, so a revocation waits for it and none starts after one
    // (re-probe of stop 44: a batch of 10,000 went on after the revocation had answered).
    const actor = await loadJobActor(owner, "known-check.import");
    if (!actor) return void (await stopImport(importId, jobAccessEnded(owner)));
    const more = await db.$transaction(async (tx) => {
      await lockActorAccess(tx, actor);
      const [job] = await tx.$queryRaw<{ teamId: string; processed: number; total: number; status: string }[]>`
        SELECT "teamId", processed, total, status::text AS status FROM "KnownCheckImport" WHERE id = ${importId}::uuid FOR UPDATE`;
      if (!job || job.status === "done" || job.status === "failed") return false;
      if (job.processed >= job.total) {
        await tx.knownCheckImport.update({ where: { id: importId }, data: { status: "done", finishedAt: new Date() } });
        return false;
      }
      const from = job.processed;
      const to = Math.min(job.total, from + batchSize) - 1;
      const inserted = await tx.$executeRaw`
        INSERT INTO "KnownFactCheck" (id, "teamId", "reviewUrl", "normalizedUrl", "claimReviewed", "matchText", claimant, "ratingName",
          "ratingValue", "bestRating", "worstRating", publisher, "reviewedAt", language, entities, "importId")
        SELECT gen_random_uuid(), ${job.teamId}::uuid, r."reviewUrl", r."normalizedUrl", r."claimReviewed", r."matchText", r.claimant, r."ratingName",
          r."ratingValue", r."bestRating", r."worstRating", r.publisher, r."reviewedAt"::timestamptz AT TIME ZONE 'UTC', r.language, coalesce(r.entities, '[]'::jsonb), ${importId}::uuid
        FROM "KnownCheckImportRecord" k,
          jsonb_to_record(k.record) AS r(
            "reviewUrl" text, "normalizedUrl" text, "claimReviewed" text, "matchText" text, claimant text, "ratingName" text,
            "ratingValue" float8, "bestRating" float8, "worstRating" float8, publisher text, "reviewedAt" text, language text, entities jsonb)
        WHERE k."importId" = ${importId}::uuid AND k.position BETWEEN ${from} AND ${to}
        ORDER BY k.position
        ON CONFLICT ("teamId", "normalizedUrl") DO NOTHING`;
      await tx.$executeRaw`DELETE FROM "KnownCheckImportRecord" WHERE "importId" = ${importId}::uuid AND position BETWEEN ${from} AND ${to}`;
      const batch = to - from + 1;
      await tx.knownCheckImport.update({
        where: { id: importId },
        data: { processed: { increment: batch }, inserted: { increment: inserted }, duplicates: { increment: batch - inserted } },
      });
      return true;
    }, { timeout: 180_000 }).catch((error: unknown) => {
      // Access changed between the check and the lock: the next turn of the loop reads it again.
      if (error instanceof AppError && isAccessChange(error.message)) return true;
      throw error;
    });
    if (!more) break;
  }
  // Matching picks a claim's rarest words by the column statistics (match-known-checks.ts); fresh
  // after an import rather than whenever autovacuum next looks (a sample, about a second at 100,000).
  await db.$executeRaw`ANALYZE "KnownFactCheck"`;
}

/** Ends an import that lost its sender's access, with the reason at the first review it did not import. */
async function stopImport(importId: string, message: string): Promise<void> {
  await db.$transaction([
    db.$executeRaw`
    UPDATE "KnownCheckImport"
    SET status = 'failed', "finishedAt" = now(),
      errors = errors || jsonb_build_array(jsonb_build_object('item', processed + 1, 'where', 'review', 'message', ${message}::text))
    WHERE id = ${importId}::uuid AND status IN ('queued', 'running')`,
    db.$executeRaw`DELETE FROM "KnownCheckImportRecord" WHERE "importId" = ${importId}::uuid`,
  ]);
}

/** Gives the import back to the queue ("queued") when a team running fewer known-check imports waits; true when it did. */
async function handedBack(importId: string, teamId: string): Promise<boolean> {
  if (!(await fewerRunningTeamWaits(KNOWN_CHECK_IMPORTS, teamId))) return false;
  const { count } = await db.knownCheckImport.updateMany({ where: { id: importId, status: "running" }, data: { status: "queued" } });
  return count === 1;
}

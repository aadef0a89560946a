import { db } from "@/lib/server/db/client";

/** Reviews written per transaction: big enough to be quick, small enough to hold no lock for long. */
export const KNOWN_CHECK_BATCH = 10_000;

/**
 * Works a known-fact-check import batch by batch. Each batch is one transaction that locks the import
 * row, inserts the next slice of its records (a review URL the team already has is skipped), deletes
 * those records and advances `processed`, so a retry after a crash, or a second worker, carries on where the last
 * commit left off and never inserts a batch twice.
 */
export async function workKnownCheckImport(importId: string, { stop, batchSize = KNOWN_CHECK_BATCH }: { stop?: AbortSignal; batchSize?: number } = {}): Promise<void> {
  await db.knownCheckImport.updateMany({ where: { id: importId, status: "queued" }, data: { status: "running" } });
  for (;;) {
    if (stop?.aborted) throw new Error("stopping: the import continues on the retry");
    const more = await db.$transaction(async (tx) => {
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
    }, { timeout: 180_000 });
    if (!more) break;
  }
  // Matching picks a claim's rarest words by the column statistics (match-known-checks.ts); fresh
  // after an import rather than whenever autovacuum next looks (a sample, about a second at 100,000).
  await db.$executeRaw`ANALYZE "KnownFactCheck"`;
}

import { limitStatementTime } from "@/lib/server/db/statement-timeout";
import type { Db } from "@/lib/server/db/client";
import { extractedClaimRows } from "./extracted-claims";
import { claimInsertTimeout, insertClaimRows } from "./insert-claim-rows";

/**
 * Runs the claim engine over every article it has not seen yet (seeded articles, data from before
 * the engine existed). Each article is its own transaction, and one that gained claims meanwhile is
 * skipped, so this is safe to run on every start and from several instances.
 */
export async function extractPendingArticles(db: Db): Promise<number> {
  const pending = await db.article.findMany({
    where: { extractedAt: null },
    select: { id: true, teamId: true, body: true, language: true, textVersion: true, publishedAt: true },
  });
  let extracted = 0;
  for (const article of pending) {
    const rows = extractedClaimRows(article);
    const timeout = claimInsertTimeout(rows.length, article.body.length);
    const done = await db.$transaction(async (tx) => {
      await limitStatementTime(tx, timeout);
      const claimed = await tx.article.updateMany({
        where: { id: article.id, extractedAt: null, textVersion: article.textVersion },
        data: { extractedAt: new Date() },
      });
      if (claimed.count === 0) return false;
      await insertClaimRows(tx, rows);
      return true;
    }, { timeout });
    if (done) extracted++;
  }
  return extracted;
}

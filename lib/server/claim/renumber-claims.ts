import type { Prisma } from "@/lib/server/db/client";

/** Reading order after claims were added, split, merged or re-anchored: by position in the text, orphans last. */
export async function renumberClaims(tx: Prisma.TransactionClient, articleId: string) {
  await tx.$executeRaw`
    UPDATE "Claim" c SET position = o.rn - 1
    FROM (SELECT id, row_number() OVER (ORDER BY ("anchorState" = 'orphaned'), start, id) AS rn
          FROM "Claim" WHERE "articleId" = ${articleId}::uuid) o
    WHERE c.id = o.id AND c.position <> o.rn - 1`;
}

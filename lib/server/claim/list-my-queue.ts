import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";

/** What the queue shows of a claim (the Prisma select the SQL below reads, kept for its type and the test). */
export const queueClaimSelect = {
  id: true,
  text: true,
  normalizedText: true,
  status: true,
  checkworthiness: true,
  version: true,
  updatedAt: true,
  article: { select: { id: true, title: true, language: true } },
} satisfies Prisma.ClaimSelect;

export type QueueClaim = Prisma.ClaimGetPayload<{ select: typeof queueClaimSelect }>;

/**
 * Claims assigned to the acting person that are not final or excluded, most check-worthy first. One
 * SQL query with the article joined (Prisma read the articles in a second round trip and mapped up
 * to 400 rows, `npm run bench:load`); a test keeps it equal to the Prisma query, fields in order.
 */
export async function listMyQueue({ actor }: { actor: Actor }): Promise<QueueClaim[]> {
  authorize(actor, "article.read");
  return db.$queryRaw<QueueClaim[]>`
    SELECT c.id, c.text, c."normalizedText", c.status::text AS status, c.checkworthiness, c.version, c."updatedAt",
           json_build_object('id', a.id, 'title', a.title, 'language', a.language) AS article
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c."teamId" = ${actor.teamId}::uuid AND c."assigneeId" = ${actor.userId}::uuid AND c."mergedIntoId" IS NULL
      AND c.status IN ('new', 'in_review', 'needs_second_review')
    ORDER BY c.checkworthiness DESC, c."createdAt" ASC
    LIMIT 200`;
}

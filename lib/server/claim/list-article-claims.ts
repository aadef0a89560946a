import { db, type Prisma } from "@/lib/server/db/client";
import type { claimFields } from "./claim-fields";

export type ArticleClaim = Prisma.ClaimGetPayload<{ select: typeof claimFields }>;

/**
 * An article's claims in reading order, with exactly the fields of `claimFields`. Written as SQL
 * because it is the hottest read (every article page and GET /articles/{id}) and Prisma's row
 * mapping cost more than the query itself at 200 claims (`npm run bench:load`); a test keeps it
 * equal to the Prisma query it replaces.
 */
export function listArticleClaims(teamId: string, articleId: string): Promise<ArticleClaim[]> {
  return db.$queryRaw<ArticleClaim[]>`
    SELECT id, "articleId", "textVersion", start, "end", text, "normalizedText", "suggestedWording", kind::text AS kind, checkworthiness, checkworthy,
           reasons, "claimantText", "claimantStart", "claimantEnd", entities, status::text AS status, "assigneeId", position, version,
           "anchorState"::text AS "anchorState", excluded, "exclusionReason"::text AS "exclusionReason", "touchedAt", origin::text AS origin, "mergedIntoId", "createdAt", "updatedAt"
    FROM "Claim"
    WHERE "articleId" = ${articleId}::uuid AND "teamId" = ${teamId}::uuid AND "mergedIntoId" IS NULL
    ORDER BY position`;
}

import { Prisma } from "@/lib/server/db/client";
import { rawRows } from "@/lib/server/db/raw-rows";
import type { claimFields } from "./claim-fields";

export type ArticleClaim = Prisma.ClaimGetPayload<{ select: typeof claimFields }>;

/** The columns of `claimFields` from the claim aliased `c`, typed as Prisma would return them. */
export const claimColumnsSql = Prisma.sql`
  c.id, c."articleId", c."textVersion", c.start, c."end", c.text, c."normalizedText", c."suggestedWording", c.kind::text AS kind, c.checkworthiness,
  c.checkworthy, c.reasons, c."claimantText", c."claimantStart", c."claimantEnd", c.entities, c.status::text AS status, c."assigneeId", c.position,
  c.version, c."anchorState"::text AS "anchorState", c.excluded, c."exclusionReason"::text AS "exclusionReason", c."exclusionNote", c."touchedAt", c.origin::text AS origin,
  c."mergedIntoId", c."createdAt", c."updatedAt"`;

/**
 * An article's claims in reading order, with exactly the fields of `claimFields`. Written as SQL
 * because it is the hottest read (every article page and GET /articles/{id}) and Prisma's row
 * mapping cost more than the query itself at 200 claims (`npm run bench:load`), so it is read straight
 * from the pool (rawRows); a test keeps it
 * equal to the Prisma query it replaces.
 */
export function listArticleClaims(teamId: string, articleId: string): Promise<ArticleClaim[]> {
  return rawRows<ArticleClaim>(Prisma.sql`
    SELECT ${claimColumnsSql}
    FROM "Claim" c
    WHERE c."articleId" = ${articleId}::uuid AND c."teamId" = ${teamId}::uuid AND c."mergedIntoId" IS NULL
    ORDER BY c.position`);
}

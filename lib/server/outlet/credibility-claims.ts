import type { CredibilityWeight } from "@/lib/domain/rating/scale-presets";
import type { GroupedClaim } from "@/lib/domain/credibility/outlet-credibility";
import { db, Prisma } from "@/lib/server/db/client";

export type CredibilityGrouping = "outlet" | "month" | "article";

const GROUP_BY: Record<CredibilityGrouping, Prisma.Sql> = {
  outlet: Prisma.sql`a."outletId"::text`,
  month: Prisma.sql`to_char(coalesce(a."publishedAt", a."importedAt"), 'YYYY-MM')`,
  article: Prisma.sql`a.id::text`,
};

interface Row {
  group: string;
  checkworthiness: number;
  checkworthy: boolean;
  key: string | null;
  value: number | null;
  credibility: CredibilityWeight | null;
  worst: number | null;
  best: number | null;
  count: number;
}

/**
 * The inputs of the credibility formula for many articles at once, aggregated in PostgreSQL: identical
 * claims (same group, check-worthiness and final verdict level; the engine's scores take few distinct
 * values) come back as one row with a count, so an outlet with a hundred thousand claims costs a few
 * hundred rows and the score is exactly the article formula's. The claims counted are
 * the article report's: not merged, not orphaned, not excluded, check-worthy or with a final verdict.
 */
export async function loadCredibilityClaims(options: {
  teamId: string;
  groupBy: CredibilityGrouping;
  outletId?: string;
  articleIds?: string[];
}): Promise<GroupedClaim[]> {
  const group = GROUP_BY[options.groupBy];
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${group} AS "group", c.checkworthiness, c.checkworthy,
           l.key, l.value, l.credibility::text AS credibility, r.worst, r.best, count(*)::int AS count
    FROM "Claim" c
    JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "FinalVerdict" f ON f."claimId" = c.id AND f."reopenedAt" IS NULL
    LEFT JOIN "RatingLevel" l ON l.id = f."levelId"
    LEFT JOIN LATERAL (SELECT min(s.value) AS worst, max(s.value) AS best FROM "RatingLevel" s WHERE s."scaleId" = l."scaleId" AND s.credibility <> 'not_rated') r ON true
    WHERE c."teamId" = ${options.teamId}::uuid AND a."teamId" = ${options.teamId}::uuid
      AND c."mergedIntoId" IS NULL AND c."anchorState" <> 'orphaned' AND c.status <> 'excluded'
      AND (c.checkworthy OR f.id IS NOT NULL)
      ${options.groupBy === "outlet" ? Prisma.sql`AND a."outletId" IS NOT NULL` : Prisma.empty}
      ${options.outletId ? Prisma.sql`AND a."outletId" = ${options.outletId}::uuid` : Prisma.empty}
      ${options.articleIds ? Prisma.sql`AND a.id = ANY(${options.articleIds}::uuid[])` : Prisma.empty}
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
  return rows.map((row) => ({
    group: row.group,
    checkworthiness: row.checkworthiness,
    checkworthy: row.checkworthy,
    excluded: false,
    count: row.count,
    final:
      row.key !== null
        ? { key: row.key, value: row.value!, credibility: row.credibility!, worst: row.worst!, best: row.best! }
        : null,
  }));
}

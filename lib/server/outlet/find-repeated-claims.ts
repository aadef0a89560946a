import { groupRepeatedClaims } from "@/lib/domain/claims/group-repeated-claims";
import { db } from "@/lib/server/db/client";

/** Two claims count as the same when their wording is this similar (pg_trgm); stricter than "related". */
const REPEAT_SIMILARITY = 0.6;
const MAX_PAIRS = 500;

interface Member {
  id: string;
  articleId: string;
  articleTitle: string;
  text: string;
  normalizedText: string | null;
  verdictKey: string | null;
}

/**
 * Check-worthy claims an outlet made in more than one of its articles: similar pairs across different
 * articles (GIN-indexed `%` on the case-folded wording), joined into groups, most repeated first.
 */
export async function findRepeatedClaims({ teamId, outletId, limit = 10 }: { teamId: string; outletId: string; limit?: number }) {
  const pairs = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(REPEAT_SIMILARITY)}, true)`;
    return tx.$queryRaw<{ a: string; b: string }[]>`
      SELECT x.id AS a, y.id AS b
      FROM "Claim" x
      JOIN "Article" xa ON xa.id = x."articleId" AND xa."outletId" = ${outletId}::uuid
      JOIN "Claim" y ON y."teamId" = x."teamId" AND y."matchText" % x."matchText" AND y."articleId" <> x."articleId" AND y.id > x.id
      JOIN "Article" ya ON ya.id = y."articleId" AND ya."outletId" = ${outletId}::uuid
      WHERE x."teamId" = ${teamId}::uuid AND x.checkworthy AND y.checkworthy
        AND x."mergedIntoId" IS NULL AND y."mergedIntoId" IS NULL AND x.status <> 'excluded' AND y.status <> 'excluded'
      LIMIT ${MAX_PAIRS}`;
  });
  const groups = groupRepeatedClaims(pairs.map((pair) => [pair.a, pair.b] as const)).slice(0, limit);
  if (!groups.length) return [];
  const members = await db.$queryRaw<Member[]>`
    SELECT c.id, c."articleId", a.title AS "articleTitle", c.text, c."normalizedText", l.key AS "verdictKey"
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "FinalVerdict" f ON f."claimId" = c.id AND f."reopenedAt" IS NULL
    LEFT JOIN "RatingLevel" l ON l.id = f."levelId"
    WHERE c."teamId" = ${teamId}::uuid AND c.id = ANY(${groups.flat()}::uuid[])`;
  const byId = new Map(members.map((member) => [member.id, member]));
  return groups.map((ids) => ids.map((id) => byId.get(id)!).filter(Boolean));
}

export type RepeatedClaimGroup = Awaited<ReturnType<typeof findRepeatedClaims>>[number];

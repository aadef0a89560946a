import { groupRepeatedClaims } from "@/lib/domain/claims/group-repeated-claims";
import { sameFigures } from "@/lib/domain/claims/same-figures";
import { db, type Prisma } from "@/lib/server/db/client";
import { limitStatementTime } from "@/lib/server/db/statement-timeout";
import { isTransactionExpired } from "@/lib/server/db/transaction-expired";

/** Two claims count as the same when their wording is this similar (pg_trgm); stricter than "related". */
const REPEAT_SIMILARITY = 0.6;
const MAX_PAIRS = 500;
/** Similar claims taken per compared claim: enough to join its group, not all copies in a spam article. */
const PER_CLAIM = 50;
/**
 * The search may take this long before the outlet page answers with what it found so far. Each claim
 * probes the trigram index, and a probe costs as many index entries as there are similar claims in
 * the team: an article of 5,000 near-identical sentences made the unbounded search run for minutes
 * (an outlet with a 42,000-claim article never answered: hostile probe of stop 30).
 */
const SEARCH_MS = 2_000;
/**
 * Claims compared per statement, newest articles first: a search cut short keeps what the finished
 * statements found. The first statements are small, so one costly claim does not cost all of the rest.
 */
const FIRST_BATCH = 5;
const MAX_BATCH = 80;
/**
 * Similarity searches running at once in this process. Each holds a database connection for up to its
 * budget: twelve outlet pages opened at once held the pool, and another team's simple reads waited
 * seconds (hostile probe of stop 31). Past the limit a page gets the copies pass only, marked incomplete.
 */
const MAX_RUNNING_SEARCHES = 2;
let runningSearches = 0;

/** Groups of word-for-word copies looked at. */
const MAX_GROUPS_COMPARED = 20;
/** At most this many claims are compared at all (an outlet's most recent ones). */
const MAX_COMPARED = 10_000;
// Up to this many check-worthy claims, an outlet's claims are compared pair by pair (22,500 pairs at most).
const SMALL_OUTLET = 150;

interface Member {
  id: string;
  articleId: string;
  articleTitle: string;
  articleLanguage: string;
  text: string;
  normalizedText: string | null;
  verdictKey: string | null;
}

export interface RepeatedClaims {
  groups: Member[][];
  /** False when the time or the claim limit ended the search: repeats among the rest are not shown. */
  complete: boolean;
}

/**
 * Check-worthy claims an outlet made in more than one of its articles: similar pairs across different
 * articles (GIN-indexed `%` on the case-folded wording) that state the same figures, joined into groups,
 * most repeated first.
 */
export async function findRepeatedClaims({ teamId, outletId, limit = 10, searchMs = SEARCH_MS }: { teamId: string; outletId: string; limit?: number; searchMs?: number }): Promise<RepeatedClaims> {
  const pairs = new Map<string, readonly [string, string]>();
  // Both orders come back when both claims are compared: one pair each.
  const add = (a: string, b: string) => pairs.set(a < b ? `${a}${b}` : `${b}${a}`, a < b ? [a, b] : [b, a]);
  const deadline = performance.now() + searchMs;
  // Word-for-word copies first: one pass over the outlet's claims finds them whatever the similar ones cost.
  const copies = await exactCopies(teamId, outletId, searchMs / 2);
  for (const group of copies ?? []) for (const id of group.ids.slice(1)) add(group.ids[0]!, id);
  const comparedAll = await compareSimilar(teamId, outletId, deadline, pairs, add);
  const complete = copies !== null && comparedAll && pairs.size < MAX_PAIRS;
  const groups = groupRepeatedClaims([...pairs.values()].slice(0, MAX_PAIRS)).slice(0, limit);
  if (!groups.length) return { groups: [], complete };
  const members = await db.$queryRaw<Member[]>`
    SELECT c.id, c."articleId", a.title AS "articleTitle", a.language::text AS "articleLanguage", c.text, c."normalizedText", l.key AS "verdictKey"
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "FinalVerdict" f ON f."claimId" = c.id AND f."reopenedAt" IS NULL
    LEFT JOIN "RatingLevel" l ON l.id = f."levelId"
    WHERE c."teamId" = ${teamId}::uuid AND c.id = ANY(${groups.flat()}::uuid[])`;
  const byId = new Map(members.map((member) => [member.id, member]));
  return { groups: groups.map((group) => group.map((id) => byId.get(id)!).filter(Boolean)), complete };
}

/** Similar wording, claim batch by claim batch, until `deadline`; false when it stopped before the end. */
async function compareSimilar(teamId: string, outletId: string, deadline: number, pairs: Map<string, unknown>, add: (a: string, b: string) => void): Promise<boolean> {
  const keep = (found: { a: string; b: string; aText: string; bText: string }[]) => {
    for (const { a, b, aText, bText } of found) if (sameFigures(aText, bText)) add(a, b);
  };
  // A small outlet's claims are compared with each other directly, whatever the team holds: each claim's
  // look-up in the team's index (below) took seconds in a team of 300,000 claims, and an outlet of 13
  // claims was reported as "too many to compare" (walk of stop 32). Cheap, so no turn in the queue either.
  const ids = await comparedClaims(teamId, outletId);
  if (ids.length <= SMALL_OUTLET) {
    const found = await withinTime(Math.max(1, deadline - performance.now()), (tx) => pairsAmong(tx, teamId, ids));
    if (found) keep(found);
    return found !== null;
  }
  if (runningSearches >= MAX_RUNNING_SEARCHES) return false;
  runningSearches++;
  try {
    const more = ids.length > MAX_COMPARED;
    if (more) ids.pop();
    for (let from = 0, batch = FIRST_BATCH; from < ids.length && pairs.size < MAX_PAIRS; from += batch, batch = Math.min(MAX_BATCH, batch * 2)) {
      const left = deadline - performance.now();
      const found = left > 0 ? await similarPairs(teamId, outletId, ids.slice(from, from + batch), left) : null;
      if (!found) return false;
      keep(found);
    }
    return !more;
  } finally {
    runningSearches--;
  }
}

/** Every pair of `ids` in different articles worded alike: at most SMALL_OUTLET² comparisons, no index. */
async function pairsAmong(tx: Prisma.TransactionClient, teamId: string, ids: string[]) {
  await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(REPEAT_SIMILARITY)}, true)`;
  return tx.$queryRaw<{ a: string; b: string; aText: string; bText: string }[]>`
    WITH x AS MATERIALIZED (
      SELECT id, "articleId", "matchText" FROM "Claim" WHERE "teamId" = ${teamId}::uuid AND id = ANY(${ids}::uuid[])
    )
    SELECT p.id AS a, q.id AS b, p."matchText" AS "aText", q."matchText" AS "bText"
    FROM x p JOIN x q ON p.id < q.id AND p."articleId" <> q."articleId" AND p."matchText" % q."matchText"
    LIMIT ${MAX_PAIRS}`;
}

/** The outlet's check-worthy claims, newest articles first: at most MAX_COMPARED, plus one to tell that there are more. */
async function comparedClaims(teamId: string, outletId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c."teamId" = ${teamId}::uuid AND a."teamId" = ${teamId}::uuid AND a."outletId" = ${outletId}::uuid
      AND c.checkworthy AND c."mergedIntoId" IS NULL AND c.status <> 'excluded'
    ORDER BY a."importedAt" DESC, a.id, c.checkworthiness DESC, c.id
    LIMIT ${MAX_COMPARED + 1}`;
  return rows.map((row) => row.id);
}

/** Claims worded alike (the same match text) in more than one article: one claim per article, most articles first. */
async function exactCopies(teamId: string, outletId: string, ms: number) {
  return withinTime(ms, (tx) => tx.$queryRaw<{ ids: string[] }[]>`
    WITH outlet_claims AS MATERIALIZED (
      SELECT c.id, c."articleId", c."matchText" FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c."teamId" = ${teamId}::uuid AND a."teamId" = ${teamId}::uuid AND a."outletId" = ${outletId}::uuid
        AND c.checkworthy AND c."mergedIntoId" IS NULL AND c.status <> 'excluded' AND c."matchText" <> ''
    ), copied AS (
      SELECT "matchText", count(DISTINCT "articleId") AS articles FROM outlet_claims
      GROUP BY "matchText" HAVING count(DISTINCT "articleId") > 1 ORDER BY articles DESC, "matchText" LIMIT ${MAX_GROUPS_COMPARED}
    )
    SELECT (SELECT array_agg(first.id) FROM (
      SELECT DISTINCT ON (o."articleId") o.id FROM outlet_claims o WHERE o."matchText" = copied."matchText" ORDER BY o."articleId", o.id LIMIT ${PER_CLAIM}
    ) first) AS ids
    FROM copied ORDER BY copied.articles DESC, copied."matchText"`);
}

/** The outlet's claims similar to one of `ids` in another article; null when `ms` ran out first. */
async function similarPairs(teamId: string, outletId: string, ids: string[], ms: number) {
  return withinTime(ms, async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(REPEAT_SIMILARITY)}, true)`;
    // Each compared claim looks up its own similar claims (LATERAL): right after a large import the
    // statistics are stale, and the planner then probed the index once for every claim of the team.
    return tx.$queryRaw<{ a: string; b: string; aText: string; bText: string }[]>`
      WITH x AS MATERIALIZED (
        SELECT id, "articleId", "matchText" FROM "Claim" WHERE "teamId" = ${teamId}::uuid AND id = ANY(${ids}::uuid[])
      )
      SELECT x.id AS a, near.id AS b, x."matchText" AS "aText", near."matchText" AS "bText" FROM x CROSS JOIN LATERAL (
        SELECT y.id, y."matchText" FROM "Claim" y JOIN "Article" ya ON ya.id = y."articleId" AND ya."outletId" = ${outletId}::uuid
        WHERE y."teamId" = ${teamId}::uuid AND y."matchText" % x."matchText" AND y."articleId" <> x."articleId"
          AND y.checkworthy AND y."mergedIntoId" IS NULL AND y.status <> 'excluded'
        -- Nearest wording first (GiST): the claims stating the same figures are among the first looked at.
        ORDER BY y."matchText" <-> x."matchText"
        LIMIT ${PER_CLAIM}
      ) near
      LIMIT ${MAX_PAIRS}`;
  });
}

/** `query` in a transaction whose statements PostgreSQL ends after `ms`; null when it did. */
async function withinTime<T>(ms: number, query: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | null> {
  try {
    return await db.$transaction(
      async (tx) => {
        await limitStatementTime(tx, ms);
        return query(tx);
      },
      { timeout: ms + 5_000 },
    );
  } catch (error) {
    if (isTransactionExpired(error)) return null;
    throw error;
  }
}

export type RepeatedClaimGroup = RepeatedClaims["groups"][number];

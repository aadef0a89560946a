import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { appOrigin } from "@/lib/server/http/app-origin";
import { claimReviewDataFeed, decodeFeedCursor, encodeFeedCursor, type FeedEntry } from "@/lib/domain/report/claimreview-feed";
import { claimReviews } from "@/lib/domain/report/claimreview";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { buildReport } from "@/lib/server/report/load-article-report";
import type { ClaimReviewFeedQuery } from "@/lib/validations/feed";

export interface FeedScope {
  teamId: string;
  query: ClaimReviewFeedQuery;
  /** The feed's own address (without query), for `url` and the `next` link. */
  selfUrl: string;
}

/**
 * One page of the team's published final verdicts (not reopened, on claims still in their article) as a
 * ClaimReview DataFeed, newest decision first. Keyset on (decidedAt, id): a verdict finalised while a
 * client pages is newer than its cursor, so it never shifts or repeats the pages still to come.
 */
export async function loadClaimReviewFeed({ teamId, query, selfUrl }: FeedScope) {
  const cursor = query.cursor ? decodeFeedCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new AppError("INVALID_INPUT", "The page cursor is not valid; use the one from the previous page, or start again from the first page.");
  const rows = await db.finalVerdict.findMany({
    where: {
      reopenedAt: null,
      claim: { teamId, mergedIntoId: null, anchorState: { not: "orphaned" } },
      ...(cursor && { OR: [{ decidedAt: { lt: cursor.decidedAt } }, { decidedAt: cursor.decidedAt, id: { lt: cursor.id } }] }),
    },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, decidedAt: true, claimId: true, claim: { select: { articleId: true } } },
  });
  const page = rows.slice(0, query.limit);
  const reviewOf = await claimReviewsByClaim(teamId, page);
  const entries: FeedEntry[] = page.flatMap((row) => {
    const claimReview = reviewOf.get(row.claimId);
    return claimReview ? [{ claimReview, dateModified: row.decidedAt.toISOString() }] : [];
  });
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? `${selfUrl}?${new URLSearchParams({ limit: String(query.limit), cursor: encodeFeedCursor(last) })}` : null;
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true, organizationName: true } });
  return claimReviewDataFeed({ name: `${team.organizationName ?? team.name}: ClaimReview`, url: selfUrl, entries, next });
}

/** The ClaimReview of each listed claim, built article by article with the report builder every export uses. */
async function claimReviewsByClaim(teamId: string, rows: { claimId: string; claim: { articleId: string } }[]) {
  const claimsByArticle = new Map<string, string[]>();
  for (const row of rows) claimsByArticle.set(row.claim.articleId, [...(claimsByArticle.get(row.claim.articleId) ?? []), row.claimId]);
  const reviews = new Map<string, object>();
  for (const [articleId, claimIds] of claimsByArticle) {
    const report = await buildReport({ teamId, articleId, claimIds });
    const published = report.claims.filter((claim) => claim.verdict);
    claimReviews({ ...report, claims: published }).forEach((review, index) => reviews.set(published[index]!.id, review));
  }
  return reviews;
}

/** The feed of the actor's team (any member, by session or API token). */
export async function teamClaimReviewFeed({ actor, query }: { actor: Actor; query: ClaimReviewFeedQuery }) {
  authorize(actor, "article.read");
  return loadClaimReviewFeed({ teamId: actor.teamId, query, selfUrl: `${appOrigin()}/api/v1/feeds/claimreview` });
}

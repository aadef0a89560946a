import { articleCredibility } from "@/lib/domain/credibility/article-credibility";
import { credibilityByGroup } from "@/lib/domain/credibility/outlet-credibility";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { levelLegend } from "@/lib/server/rating-scale/level-legend";
import { isUuid } from "@/lib/validations/id";
import { loadCredibilityClaims } from "./credibility-claims";
import { findRepeatedClaims } from "./find-repeated-claims";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";

/** Articles listed on the outlet page (newest first); the score, series and verdicts cover all of them. */
export const OUTLET_ARTICLE_LIMIT = 100;

/**
 * An outlet's record: its rating, the credibility of all its articles together, month by month and
 * for each listed article, its most common final verdicts, and the claims it repeats across articles.
 */
export async function getOutlet(options: { actor: Actor; id: string; language: string }) {
  authorize(options.actor, "article.read");
  return inHeavyReadTurn(options.actor.teamId, () => readOutlet(options));
}

async function readOutlet({ actor, id, language }: { actor: Actor; id: string; language: string }) {
  const outlet = isUuid(id)
    ? await db.outlet.findFirst({
        where: { id, teamId: actor.teamId },
        select: {
          id: true, name: true, domain: true, reliability: true, reliabilityRationale: true, reliabilityRatedAt: true, version: true,
          reliabilityRater: { select: { name: true } },
        },
      })
    : null;
  if (!outlet) throw notFound("The outlet");

  const articles = await db.article.findMany({
    where: { teamId: actor.teamId, outletId: id },
    orderBy: [{ importedAt: "desc" }, { id: "desc" }],
    take: OUTLET_ARTICLE_LIMIT,
    select: { id: true, title: true, publishedAt: true, importedAt: true, language: true, _count: { select: { claims: { where: { mergedIntoId: null } } } } },
  });
  const [monthClaims, articleClaims, monthArticles, repeated, legend, ratingHistory] = await Promise.all([
    loadCredibilityClaims({ teamId: actor.teamId, groupBy: "month", outletId: id }),
    loadCredibilityClaims({ teamId: actor.teamId, groupBy: "article", outletId: id, articleIds: articles.map((article) => article.id) }),
    db.$queryRaw<{ month: string; articles: number }[]>`
      SELECT to_char(coalesce("publishedAt", "importedAt"), 'YYYY-MM') AS month, count(*)::int AS articles
      FROM "Article" WHERE "teamId" = ${actor.teamId}::uuid AND "outletId" = ${id}::uuid GROUP BY 1`,
    findRepeatedClaims({ teamId: actor.teamId, outletId: id }),
    levelLegend(actor.teamId, language),
    db.activity.findMany({
      where: { teamId: actor.teamId, action: "outlet.rated", after: { path: ["outletId"], equals: id } },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
    }),
  ]);

  const byMonth = credibilityByGroup(monthClaims);
  const byArticle = credibilityByGroup(articleClaims);
  const overall = articleCredibility(monthClaims);
  return {
    outlet,
    overall,
    legend,
    totalArticles: monthArticles.reduce((sum, month) => sum + month.articles, 0),
    months: monthArticles
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((month) => ({ ...month, credibility: byMonth.get(month.month) ?? articleCredibility([]) })),
    articles: articles.map(({ _count, ...article }) => ({ ...article, claims: _count.claims, credibility: byArticle.get(article.id) ?? articleCredibility([]) })),
    repeated: repeated.groups,
    repeatedComplete: repeated.complete,
    ratingHistory,
  };
}


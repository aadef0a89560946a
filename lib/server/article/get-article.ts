import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { Prisma } from "@/lib/server/db/client";
import { rawRows } from "@/lib/server/db/raw-rows";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { listArticleClaims } from "@/lib/server/claim/list-article-claims";

export interface GetArticleOptions {
  actor: Actor;
  id: string;
}

/** What an article shows with its claims: every field but the team and the content hash. */
export const articleInclude = {
  outlet: { select: { id: true, name: true, domain: true } },
  importedBy: { select: { id: true, name: true } },
} satisfies Prisma.ArticleInclude;

type ArticleRow = Omit<Prisma.ArticleGetPayload<{ include: typeof articleInclude }>, "teamId" | "contentHash">;

/**
 * One article of the actor's team with its claims in reading order; another team's id is "not found".
 * The hottest read of the app: the article (with outlet and importer, joined in one SQL query) and its
 * claims are read side by side, two round trips in all, past Prisma's raw-query mapping (rawRows); a
 * test keeps both equal to the Prisma queries.
 */
export async function getArticle({ actor, id }: GetArticleOptions) {
  authorize(actor, "article.read");
  if (!isUuid(id)) throw notFound("The article");
  const [[article], claims] = await Promise.all([
    rawRows<ArticleRow>(Prisma.sql`
      SELECT a.id, a."outletId", a.title, a.body, a."sourceUrl", a.language::text AS language, a."publishedAt", a."textVersion", a.version,
             a."extractedAt", a."importedById", a."importedAt", a."updatedAt",
             CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name, 'domain', o.domain) END AS outlet,
             CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS "importedBy"
      FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId" LEFT JOIN "User" u ON u.id = a."importedById"
      WHERE a.id = ${id}::uuid AND a."teamId" = ${actor.teamId}::uuid`),
    listArticleClaims(actor.teamId, id),
  ]);
  if (!article) throw notFound("The article");
  return { ...article, claims };
}

export type ArticleDetail = Awaited<ReturnType<typeof getArticle>>;

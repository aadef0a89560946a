import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import type { ListArticlesInput } from "@/lib/validations/article";
import { decodeCursor, encodeCursor } from "./article-cursor";

export interface ListArticlesOptions {
  actor: Actor;
  input: ListArticlesInput;
}

export interface ArticleSummary {
  id: string;
  title: string;
  language: "de" | "en";
  sourceUrl: string | null;
  publishedAt: Date | null;
  importedAt: Date;
  outlet: { id: string; name: string } | null;
  claimCount: number;
}

export interface ArticlePage {
  data: ArticleSummary[];
  page: { nextCursor: string | null; prevCursor: string | null };
}

/** Newest first. `after` pages towards older articles, `before` back towards newer ones. */
export async function listArticles({ actor, input }: ListArticlesOptions): Promise<ArticlePage> {
  authorize(actor, "article.read");
  const backwards = Boolean(input.before) && !input.after;
  const cursorValue = backwards ? input.before : input.after;
  const cursor = cursorValue ? decodeCursor(cursorValue) : null;
  const compare = backwards ? "gt" : "lt";

  const rows = await db.article.findMany({
    where: {
      teamId: actor.teamId,
      ...(cursor && {
        OR: [
          { importedAt: { [compare]: cursor.importedAt } },
          { importedAt: cursor.importedAt, id: { [compare]: cursor.id } },
        ],
      }),
    },
    orderBy: backwards ? [{ importedAt: "asc" }, { id: "asc" }] : [{ importedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true,
      title: true,
      language: true,
      sourceUrl: true,
      publishedAt: true,
      importedAt: true,
      outlet: { select: { id: true, name: true } },
    },
  });

  const hasMore = rows.length > input.limit;
  const pageRows = rows.slice(0, input.limit);
  if (backwards) pageRows.reverse();
  // Counted for this page only: a relation count in the query above made PostgreSQL count the claims
  // of every article in the team (0.5 s at 100k articles, see npm run bench:search).
  const counts = await db.claim.groupBy({
    by: ["articleId"],
    where: { articleId: { in: pageRows.map((row) => row.id) }, mergedIntoId: null },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((row) => [row.articleId, row._count._all]));
  const data = pageRows.map((article) => ({ ...article, claimCount: countOf.get(article.id) ?? 0 }));
  const first = data[0];
  const last = data[data.length - 1];
  const olderExist = backwards ? Boolean(cursor) : hasMore;
  const newerExist = backwards ? hasMore : Boolean(cursor);
  return {
    data,
    page: {
      nextCursor: olderExist && last ? encodeCursor(last) : null,
      prevCursor: newerExist && first ? encodeCursor(first) : null,
    },
  };
}

import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, Prisma } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
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
  /** The filters applied (the outlet with its name, so an API client need not look it up): pages keep them. */
  filter: { outlet: { id: string; name: string } | null; language: "de" | "en" | null };
}

/**
 * Newest first. `after` pages towards older articles, `before` back towards newer ones; `outlet` and
 * `language` narrow the list (the cursors stay valid, as the order is the same). An outlet of another
 * team, or none, is "not found" rather than an empty list, so a mistyped id is not read as "no articles".
 */
export async function listArticles({ actor, input }: ListArticlesOptions): Promise<ArticlePage> {
  authorize(actor, "article.read");
  const outlet = input.outlet ? await db.outlet.findFirst({ where: { id: input.outlet, teamId: actor.teamId }, select: { id: true, name: true } }) : null;
  if (input.outlet && !outlet) throw notFound("The outlet");
  const backwards = Boolean(input.before) && !input.after;
  const cursorValue = backwards ? input.before : input.after;
  const cursor = cursorValue ? decodeCursor(cursorValue) : null;

  // One query: the page of articles with outlet and claim counts. The counts are taken for this page
  // only (a correlated count per row after the LIMIT): counting in a join or a relation count made
  // PostgreSQL count the claims of every article in the team (0.5 s at 100k articles, see npm run
  // bench:search). The cursor condition is a row comparison so the (teamId, importedAt, id) index
  // starts right at the cursor.
  const rows = await db.$queryRaw<ArticleSummary[]>`
    SELECT p.id, p.title, p.language, p."sourceUrl", p."publishedAt", p."importedAt",
           CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS outlet,
           (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = p.id AND c."mergedIntoId" IS NULL) AS "claimCount"
    FROM (
      SELECT a.id, a.title, a.language::text AS language, a."sourceUrl", a."publishedAt", a."importedAt", a."outletId"
      FROM "Article" a
      WHERE a."teamId" = ${actor.teamId}::uuid
        ${outlet ? Prisma.sql`AND a."outletId" = ${outlet.id}::uuid` : Prisma.empty}
        ${input.language ? Prisma.sql`AND a.language = ${input.language}::"Language"` : Prisma.empty} ${
        cursor
          ? backwards
            ? Prisma.sql`AND (a."importedAt", a.id) > (${cursor.importedAt}, ${cursor.id}::uuid)`
            : Prisma.sql`AND (a."importedAt", a.id) < (${cursor.importedAt}, ${cursor.id}::uuid)`
          : Prisma.empty
      }
      ORDER BY ${backwards ? Prisma.sql`a."importedAt" ASC, a.id ASC` : Prisma.sql`a."importedAt" DESC, a.id DESC`}
      LIMIT ${input.limit + 1}) p
    LEFT JOIN "Outlet" o ON o.id = p."outletId"
    ORDER BY ${backwards ? Prisma.sql`p."importedAt" ASC, p.id ASC` : Prisma.sql`p."importedAt" DESC, p.id DESC`}`;

  const hasMore = rows.length > input.limit;
  const data = rows.slice(0, input.limit);
  if (backwards) data.reverse();
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
    filter: { outlet, language: input.language ?? null },
  };
}

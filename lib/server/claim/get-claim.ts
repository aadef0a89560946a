import type { Entity } from "@/lib/domain/claims/types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { Prisma } from "@/lib/server/db/client";
import { rawRows } from "@/lib/server/db/raw-rows";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { teamSettings } from "@/lib/validations/team";
import { findRelatedClaims } from "./find-related-claims";
import { claimColumnsSql, type ArticleClaim } from "./list-article-claims";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";

export interface GetClaimOptions {
  actor: Actor;
  id: string;
  /** Overrides the team's related-claim threshold for this request. */
  relatedThreshold?: number;
}

/** What a claim shows of its article. */
export const claimArticleSelect = {
  select: { id: true, title: true, language: true, textVersion: true, outlet: { select: { name: true } } },
} satisfies Prisma.ArticleDefaultArgs;

type ClaimRow = ArticleClaim & {
  matchText: string;
  settings: Prisma.JsonValue;
  article: Prisma.ArticleGetPayload<typeof claimArticleSelect>;
};

/**
 * One claim of the actor's team with its article and the related claims in the team's other
 * articles. Two round trips: the claim with its article, outlet and team settings in one SQL query
 * (Prisma's nested select took one per relation), then the related claims; every claim read
 * (GET /claims/{id}, the claim page, each edit in the review screen) runs it. A test keeps the
 * claim and article fields equal to the Prisma query they replace.
 */
export async function getClaim({ actor, id, relatedThreshold }: GetClaimOptions) {
  authorize(actor, "article.read");
  const [claim] = isUuid(id)
    ? await rawRows<ClaimRow>(Prisma.sql`
        SELECT ${claimColumnsSql}, c."matchText", t.settings,
               json_build_object('id', a.id, 'title', a.title, 'language', a.language, 'textVersion', a."textVersion",
                                 'outlet', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('name', o.name) END) AS article
        FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId" JOIN "Team" t ON t.id = c."teamId"
        WHERE c.id = ${id}::uuid AND c."teamId" = ${actor.teamId}::uuid`)
    : [];
  if (!claim) throw notFound("The claim");

  const { matchText, settings, ...visible } = claim;
  const threshold = relatedThreshold ?? teamSettings.parse(settings ?? {}).relatedClaimThreshold;
  // Related claims compare with every claim of the team: a heavy read at a low threshold (heavy-read-turns.ts).
  const related = await inHeavyReadTurn(actor.teamId, () =>
    findRelatedClaims({ teamId: actor.teamId, articleId: claim.articleId, matchText, entities: claim.entities as unknown as Entity[], threshold }),
  );
  return { ...visible, related: { threshold, claims: related } };
}

export type ClaimDetail = Awaited<ReturnType<typeof getClaim>>;

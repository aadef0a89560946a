import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { claimFields } from "@/lib/server/claim/claim-fields";

export interface GetArticleOptions {
  actor: Actor;
  id: string;
}

/** One article of the actor's team with its claims in reading order; another team's id is "not found". */
export async function getArticle({ actor, id }: GetArticleOptions) {
  authorize(actor, "article.read");
  if (!isUuid(id)) throw notFound("The article");
  const article = await db.article.findFirst({
    where: { id, teamId: actor.teamId },
    include: {
      outlet: { select: { id: true, name: true, domain: true } },
      importedBy: { select: { id: true, name: true } },
      claims: {
        where: { mergedIntoId: null },
        orderBy: { position: "asc" },
        select: claimFields,
      },
    },
  });
  if (!article) throw notFound("The article");
  const { teamId: _team, contentHash: _hash, ...visible } = article;
  return visible;
}

export type ArticleDetail = Awaited<ReturnType<typeof getArticle>>;

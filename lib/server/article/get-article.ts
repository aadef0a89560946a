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
  // The article and its claims are read side by side: two pool connections, one wait.
  const [article, claims] = await Promise.all([
    db.article.findFirst({
      where: { id, teamId: actor.teamId },
      include: { outlet: { select: { id: true, name: true, domain: true } }, importedBy: { select: { id: true, name: true } } },
    }),
    db.claim.findMany({ where: { articleId: id, teamId: actor.teamId, mergedIntoId: null }, orderBy: { position: "asc" }, select: claimFields }),
  ]);
  if (!article) throw notFound("The article");
  const { teamId: _team, contentHash: _hash, ...visible } = article;
  return { ...visible, claims };
}

export type ArticleDetail = Awaited<ReturnType<typeof getArticle>>;

import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";

/**
 * The article or claim a live stream is narrowed to must be the caller's team's: another team's id
 * answers 404 like every other route, rather than an open stream that merely never delivers.
 */
export async function checkStreamScope(actor: Actor, scope: { articleId?: string; claimId?: string }): Promise<void> {
  const [article, claim] = await Promise.all([
    scope.articleId ? db.article.findFirst({ where: { id: scope.articleId, teamId: actor.teamId }, select: { id: true } }) : true,
    scope.claimId ? db.claim.findFirst({ where: { id: scope.claimId, teamId: actor.teamId }, select: { id: true } }) : true,
  ]);
  if (!article) throw notFound("The article");
  if (!claim) throw notFound("The claim");
}

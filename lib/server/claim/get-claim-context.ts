import { claimContext, type ClaimContext } from "@/lib/domain/article/claim-context";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

interface ClaimAnchor {
  articleId: string;
  start: number;
  end: number;
  textVersion: number;
  anchorState: string;
}

/**
 * The paragraph around a claim in its article, or null when the claim's offsets no longer refer to
 * the article's current text (orphaned by an edit). The claim must already be the actor's team's.
 */
export async function getClaimContext({ actor, claim }: { actor: Actor; claim: ClaimAnchor }): Promise<ClaimContext | null> {
  authorize(actor, "article.read");
  if (claim.anchorState === "orphaned") return null;
  const article = await db.article.findFirst({ where: { id: claim.articleId, teamId: actor.teamId }, select: { body: true, textVersion: true } });
  if (!article || article.textVersion !== claim.textVersion) return null;
  return claimContext(article.body, claim.start, claim.end);
}

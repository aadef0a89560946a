import "server-only";
import type { WebhookEvent } from "@/lib/domain/notify/events";
import type { Actor } from "@/lib/server/auth/actor";
import { getArticle } from "@/lib/server/article/get-article";
import { claimFields } from "@/lib/server/claim/claim-fields";
import { commentFields } from "@/lib/server/comment/comment-fields";
import { db } from "@/lib/server/db/client";
import { linkFields } from "@/lib/server/share/share-links";
import { finalVerdictFields, verdictFields } from "@/lib/server/verdict/verdict-fields";

export interface ActivityRow {
  id: string;
  teamId: string;
  actorId: string | null;
  articleId: string | null;
  claimId: string | null;
  after: unknown;
}

/** The changed object as the API returns it, read after the change committed (null when it is gone since). */
export async function eventData(event: WebhookEvent, activity: ActivityRow): Promise<unknown> {
  const after = (activity.after ?? {}) as Record<string, unknown>;
  const claimId = activity.claimId;
  const commentId = typeof after.commentId === "string" ? after.commentId : null;
  const shareLinkId = typeof after.shareLinkId === "string" ? after.shareLinkId : null;
  if (!claimId && event !== "article.imported" && event !== "share_link.created") return null;
  switch (event) {
    case "article.imported": {
      // Read as an admin of the team would: the whole article with its claims.
      const reader: Actor = { kind: "user", userId: activity.actorId ?? "", teamId: activity.teamId, role: "admin", name: "webhook" };
      return activity.articleId ? getArticle({ actor: reader, id: activity.articleId }).catch(() => null) : null;
    }
    case "claim.assigned":
    case "verdict.reopened":
      return db.claim.findFirst({ where: { id: claimId!, teamId: activity.teamId }, select: claimFields });
    case "verdict.submitted":
      return db.verdict.findFirst({ where: { claimId: claimId!, reviewerId: activity.actorId ?? undefined, claim: { teamId: activity.teamId } }, select: verdictFields });
    case "verdict.finalized":
      return db.finalVerdict.findFirst({ where: { claimId: claimId!, claim: { teamId: activity.teamId } }, orderBy: { decidedAt: "desc" }, select: finalVerdictFields });
    case "comment.created":
      return commentId && db.comment.findFirst({ where: { id: commentId, claim: { teamId: activity.teamId } }, select: commentFields });
    case "share_link.created":
      return shareLinkId && db.shareLink.findFirst({ where: { id: shareLinkId, teamId: activity.teamId }, select: linkFields });
  }
}

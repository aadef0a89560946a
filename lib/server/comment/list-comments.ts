import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { findTeamClaim } from "@/lib/server/claim/find-team-claim";
import { db } from "@/lib/server/db/client";
import { commentFields, visibleComment } from "./comment-fields";

/** A claim's comment threads, oldest first, each with its replies. */
export async function listComments({ actor, claimId }: { actor: Actor; claimId: string }) {
  authorize(actor, "article.read");
  const claim = await findTeamClaim(db, actor, claimId, { id: true });
  const comments = (await db.comment.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" }, select: commentFields })).map(visibleComment);
  return comments
    .filter((comment) => comment.parentId === null)
    .map((thread) => ({ ...thread, replies: comments.filter((comment) => comment.parentId === thread.id) }));
}

export type CommentThread = Awaited<ReturnType<typeof listComments>>[number];

import { commentPlainText } from "@/lib/domain/comments/comment-markdown";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { findTeamClaimForWrite } from "@/lib/server/claim/find-team-claim";
import { mergedClaim } from "@/lib/server/claim/frozen-claim";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { CreateCommentInput } from "@/lib/validations/comment";
import { commentFields } from "./comment-fields";
import { resolveMentions, saveMentions } from "./save-mentions";

/** A comment on a claim, or a reply in a thread; people it @mentions find it in their inbox. */
export async function createComment({ actor, claimId, input }: { actor: Actor; claimId: string; input: CreateCommentInput }) {
  authorize(actor, "comment.write");
  return db.$transaction(async (tx) => {
    const claim = await findTeamClaimForWrite(tx, actor, claimId, { id: true, articleId: true, mergedIntoId: true });
    // A claim merged away is kept for its history: a comment there would go unread beside the claim holding its text.
    if (claim.mergedIntoId) throw mergedClaim();
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findFirst({ where: { id: input.parentId, claimId: claim.id }, select: { id: true, parentId: true } });
      if (!parent) throw new AppError("INVALID_INPUT", "The comment you reply to is not on this claim.", [{ field: "parentId", message: "Not a comment on this claim." }]);
      parentId = parent.parentId ?? parent.id; // replies stay one level deep: the thread's first comment
    }
    const body = await resolveMentions(tx, actor, input.body);
    const comment = await tx.comment.create({ data: { claimId: claim.id, authorId: actor.userId, parentId, body }, select: commentFields });
    // A discussed claim is review work: a text edit keeps it (re-anchored), the article page shows it.
    await tx.claim.update({ where: { id: claim.id }, data: { touchedAt: new Date() } });
    const mentioned = await saveMentions(tx, actor, comment.id, body);
    await recordActivity(tx, actor, {
      action: "comment.created",
      articleId: claim.articleId,
      claimId: claim.id,
      after: { commentId: comment.id, text: commentPlainText(body).slice(0, 500), mentioned },
    });
    return comment;
  });
}

import { commentPlainText } from "@/lib/domain/comments/comment-markdown";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import type { UpdateCommentInput } from "@/lib/validations/comment";
import { isUuid } from "@/lib/validations/id";
import { commentFields, visibleComment } from "./comment-fields";
import { resolveMentions, saveMentions } from "./save-mentions";
import { mentionedUserIds } from "@/lib/domain/comments/comment-markdown";

/**
 * The team's comment, its row locked for the rest of the transaction: edits, resolves and deletions sent at once wait
 * for each other and each reads the one before (re-probe of stop 41: ten resolves at once wrote seven history entries,
 * parallel edits recorded the same "before", an edit raced past a deletion).
 */
async function findComment(tx: Prisma.TransactionClient, actor: Actor, id: string) {
  if (isUuid(id)) {
    await tx.$queryRaw`SELECT c.id FROM "Comment" c JOIN "Claim" cl ON cl.id = c."claimId" WHERE c.id = ${id}::uuid AND cl."teamId" = ${actor.teamId}::uuid FOR UPDATE OF c`;
  }
  const comment = isUuid(id)
    ? await tx.comment.findFirst({ where: { id, claim: { teamId: actor.teamId } }, include: { claim: { select: { articleId: true } } } })
    : null;
  if (!comment) throw notFound("The comment");
  return comment;
}

/** Edits one's own comment and/or resolves or reopens a thread (anyone who may comment). */
export async function updateComment({ actor, id, input }: { actor: Actor; id: string; input: UpdateCommentInput }) {
  authorize(actor, "comment.write");
  return db.$transaction(async (tx) => {
    const comment = await findComment(tx, actor, id);
    if (comment.deletedAt) throw new AppError("CONFLICT", "This comment was deleted.");
    if (input.body !== undefined && comment.authorId !== actor.userId) {
      throw new AppError("FORBIDDEN", "You can edit only your own comments.");
    }
    if (input.resolved !== undefined && comment.parentId) {
      throw new AppError("INVALID_INPUT", "Resolve the thread on its first comment.", [{ field: "resolved", message: "Only a thread's first comment can be resolved." }]);
    }
    const data: Prisma.CommentUpdateInput = {};
    const body = input.body === undefined ? undefined : await resolveMentions(tx, actor, input.body, { kept: mentionedUserIds(comment.body) });
    if (body !== undefined && body !== comment.body) Object.assign(data, { body, editedAt: new Date() });
    if (input.resolved !== undefined && input.resolved !== (comment.resolvedAt !== null)) {
      Object.assign(data, input.resolved ? { resolvedAt: new Date(), resolvedBy: { connect: { id: actor.userId } } } : { resolvedAt: null, resolvedBy: { disconnect: true } });
    }
    const updated = await tx.comment.update({ where: { id: comment.id }, data, select: commentFields });
    if (data.body !== undefined) {
      await saveMentions(tx, actor, comment.id, body!, { edited: true });
      await recordActivity(tx, actor, {
        action: "comment.edited",
        articleId: comment.claim.articleId,
        claimId: comment.claimId,
        before: { commentId: comment.id, text: commentPlainText(comment.body).slice(0, 500) },
        after: { commentId: comment.id, text: commentPlainText(body!).slice(0, 500) },
      });
    }
    if (data.resolvedAt !== undefined) {
      await recordActivity(tx, actor, {
        action: input.resolved ? "comment.resolved" : "comment.reopened",
        articleId: comment.claim.articleId,
        claimId: comment.claimId,
        after: { commentId: comment.id },
      });
    }
    return updated;
  });
}

/** Deletes one's own comment: its text goes, its place in the thread and its history stay. */
export async function deleteComment({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "comment.write");
  return db.$transaction(async (tx) => {
    const comment = await findComment(tx, actor, id);
    if (comment.authorId !== actor.userId) throw new AppError("FORBIDDEN", "You can delete only your own comments.");
    if (comment.deletedAt) return visibleComment(await tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: commentFields }));
    // Only while not deleted: deletions sent at once each wrote a history entry (hostile probe of stop 41).
    const { count } = await tx.comment.updateMany({ where: { id: comment.id, deletedAt: null }, data: { deletedAt: new Date() } });
    const deleted = await tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: commentFields });
    if (count === 0) return visibleComment(deleted);
    await recordActivity(tx, actor, {
      action: "comment.deleted",
      articleId: comment.claim.articleId,
      claimId: comment.claimId,
      before: { commentId: comment.id, text: commentPlainText(comment.body).slice(0, 500) },
    });
    return visibleComment(deleted);
  });
}

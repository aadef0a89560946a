import { commentPlainText } from "@/lib/domain/comments/comment-markdown";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

/** Comments that mention the acting person in this team, newest first (the last 100). */
export async function listInbox({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  const mentions = await db.mention.findMany({
    where: { userId: actor.userId, comment: { deletedAt: null, claim: { teamId: actor.teamId } } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      readAt: true,
      createdAt: true,
      comment: {
        select: {
          id: true,
          body: true,
          author: { select: { id: true, name: true } },
          claim: {
            select: {
              id: true, text: true, normalizedText: true, article: { select: { id: true, title: true, language: true } },
              finalVerdicts: { where: { reopenedAt: null }, take: 1, select: { level: { select: { key: true, labelEn: true, labelDe: true, color: true } } } },
            },
          },
        },
      },
    },
  });
  return mentions.map(({ comment, ...mention }) => ({ ...mention, comment: { ...comment, text: commentPlainText(comment.body) } }));
}

/** Marks the acting person's mentions as read (all, or the given ids). */
export async function markInboxRead({ actor, ids }: { actor: Actor; ids?: string[] }) {
  authorize(actor, "article.read");
  const { count } = await db.mention.updateMany({
    where: { userId: actor.userId, readAt: null, comment: { claim: { teamId: actor.teamId } }, ...(ids && { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}

/** The acting person's unread mentions on one claim: read once they open it (MarkMentionsReadOnView). */
export async function unreadMentionIdsOnClaim({ actor, claimId }: { actor: Actor; claimId: string }): Promise<string[]> {
  authorize(actor, "article.read");
  const mentions = await db.mention.findMany({
    where: { userId: actor.userId, readAt: null, comment: { claimId, claim: { teamId: actor.teamId } } },
    select: { id: true },
    take: 500,
  });
  return mentions.map((mention) => mention.id);
}

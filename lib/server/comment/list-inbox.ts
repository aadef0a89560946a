import { commentPlainText } from "@/lib/domain/comments/comment-markdown";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import type { ListInboxQuery } from "@/lib/validations/comment";

/**
 * Comments that mention the acting person in this team, newest first, a page at a time: `before` goes on after
 * that mention of theirs (hostile probe of stop 45: past the 100 newest, unread mentions could not be listed).
 * Mention ids are time-ordered (UUIDv7), so the page is a range of ids.
 */
export async function listInbox({ actor, query = {} }: { actor: Actor; query?: Partial<ListInboxQuery> }) {
  authorize(actor, "article.read");
  const limit = query.limit ?? 100;
  const mentions = await db.mention.findMany({
    where: { userId: actor.userId, comment: { deletedAt: null, claim: { teamId: actor.teamId } }, ...(query.before && { id: { lt: query.before } }) },
    orderBy: { id: "desc" },
    take: limit,
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

/** The API's page: the mentions and the cursor of the next page, or null after the last. */
export async function inboxPage({ actor, query }: { actor: Actor; query: ListInboxQuery }) {
  const data = await listInbox({ actor, query });
  return { data, next: data.length === query.limit ? data.at(-1)!.id : null };
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

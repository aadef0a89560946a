import { mentionedUserIds } from "@/lib/domain/comments/comment-markdown";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";

/** Inbox entries for the team members a comment names (never the author; unknown ids are ignored). */
export async function saveMentions(tx: Prisma.TransactionClient, actor: Actor, commentId: string, body: string): Promise<string[]> {
  const named = mentionedUserIds(body).filter((id) => id !== actor.userId);
  if (named.length === 0) return [];
  const members = await tx.membership.findMany({
    where: { teamId: actor.teamId, userId: { in: named }, disabledAt: null },
    select: { userId: true },
  });
  const userIds = members.map((member) => member.userId);
  await tx.mention.createMany({ data: userIds.map((userId) => ({ commentId, userId })), skipDuplicates: true });
  return userIds;
}

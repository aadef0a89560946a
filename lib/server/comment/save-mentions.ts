import { mentionedUserIds, withMentionNames, withTypedMentions } from "@/lib/domain/comments/comment-markdown";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";

/**
 * A comment body as it is stored: "@Full Name" of a team member typed by hand becomes a mention, each
 * mention shows the name of the team member it notifies, and mentions of anyone else are plain text.
 */
export async function resolveMentions(tx: Prisma.TransactionClient, actor: Actor, typed: string, { kept = [] as string[] } = {}): Promise<string> {
  if (!typed.includes("@")) return typed;
  // One read of the team's active members serves both steps (typed names, then the names mentions show). An edit keeps
  // the mentions its comment had of members disabled meanwhile (`kept`): re-probe of stop 45, an unrelated edit had
  // turned such a mention into plain text and taken the member's inbox entry.
  const team = await tx.membership.findMany({
    where: { teamId: actor.teamId, OR: [{ disabledAt: null }, ...(kept.length ? [{ userId: { in: kept } }] : [])] },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  const body = withTypedMentions(typed, team.map((member) => ({ id: member.userId, name: member.user.name })));
  return withMentionNames(body, new Map(team.map((member) => [member.userId, member.user.name || member.user.email])));
}

/**
 * Inbox entries for the members a comment names, never its author. `body` comes from resolveMentions in
 * the same transaction: every mention left in it names an active member of the team.
 */
export async function saveMentions(tx: Prisma.TransactionClient, actor: Actor, commentId: string, body: string, { edited = false } = {}): Promise<string[]> {
  const userIds = mentionedUserIds(body).filter((id) => id !== actor.userId);
  // An edit that takes a mention out takes its inbox entry too (hostile probe of stop 45: the entry stayed, unread,
  // showing a text that no longer named that person).
  if (edited) await tx.mention.deleteMany({ where: { commentId, userId: { notIn: userIds } } });
  if (userIds.length) await tx.mention.createMany({ data: userIds.map((userId) => ({ commentId, userId })), skipDuplicates: true });
  return userIds;
}

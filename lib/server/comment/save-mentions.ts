import { mentionedUserIds, withMentionNames, withTypedMentions } from "@/lib/domain/comments/comment-markdown";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";

/**
 * A comment body as it is stored: "@Full Name" of a team member typed by hand becomes a mention, each
 * mention shows the name of the team member it notifies, and mentions of anyone else are plain text.
 */
export async function resolveMentions(tx: Prisma.TransactionClient, actor: Actor, typed: string): Promise<string> {
  if (!typed.includes("@")) return typed;
  const team = await tx.membership.findMany({ where: { teamId: actor.teamId, disabledAt: null }, select: { userId: true, user: { select: { name: true } } } });
  const body = withTypedMentions(typed, team.map((member) => ({ id: member.userId, name: member.user.name ?? "" })));
  const named = mentionedUserIds(body);
  if (named.length === 0) return body;
  const members = await tx.membership.findMany({
    where: { teamId: actor.teamId, userId: { in: named }, disabledAt: null },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  return withMentionNames(body, new Map(members.map((member) => [member.userId, member.user.name || member.user.email])));
}

/** Inbox entries for the team members a (resolved) comment names (never the author; unknown ids are ignored). */
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

import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

export interface ListMembersOptions {
  actor: Actor;
}

export async function listMembers({ actor }: ListMembersOptions) {
  authorize(actor, "member.read");
  const memberships = await db.membership.findMany({
    where: { teamId: actor.teamId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    include: { user: { select: { id: true, email: true, name: true, passwordHash: true, lastSignInAt: true } } },
  });
  return memberships.map(({ user: { passwordHash, ...user }, ...membership }) => ({
    id: membership.id,
    role: membership.role,
    disabled: membership.disabledAt !== null,
    invitationPending: passwordHash === null,
    isYou: user.id === actor.userId,
    user,
  }));
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

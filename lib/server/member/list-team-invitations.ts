import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

export interface ListTeamInvitationsOptions {
  actor: Actor;
}

/** The team's open invitations for its admins: the address and the name they typed, nothing about the account. */
export async function listTeamInvitations({ actor }: ListTeamInvitationsOptions) {
  authorize(actor, "member.read");
  const invitations = await db.invitation.findMany({
    where: { teamId: actor.teamId, acceptedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    include: { user: { select: { email: true } } },
  });
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.user.email,
    name: invitation.name,
    role: invitation.role,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  }));
}

export type TeamInvitationRow = Awaited<ReturnType<typeof listTeamInvitations>>[number];

import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { isPerson } from "./invitation-access";

export interface ListOwnInvitationsOptions {
  actor: Actor;
}

/** The signed-in person's open invitations to other teams, waiting for their answer. */
export async function listOwnInvitations({ actor }: ListOwnInvitationsOptions) {
  if (!isPerson(actor)) return [];
  const invitations = await db.invitation.findMany({
    // Not to a team the person belongs to already (joined meanwhile by another invitation): accepting would change nothing.
    where: { userId: actor.userId, acceptedAt: null, expiresAt: { gt: new Date() }, team: { memberships: { none: { userId: actor.userId } } } },
    orderBy: { createdAt: "desc" },
    include: { team: { select: { name: true } }, createdBy: { select: { name: true, email: true } } },
  });
  return invitations.map((invitation) => ({
    id: invitation.id,
    team: invitation.team.name,
    role: invitation.role,
    invitedBy: invitation.createdBy.name,
    // The name is whatever the inviter's own inviter typed; the address tells a lookalike team apart.
    invitedByEmail: invitation.createdBy.email,
    expiresAt: invitation.expiresAt,
  }));
}

export type OwnInvitationRow = Awaited<ReturnType<typeof listOwnInvitations>>[number];

import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

export interface RevokeInvitationOptions {
  actor: Actor;
  input: { invitationId: string };
}

/** An admin withdraws an open invitation of their own team; its link stops working at once. */
export async function revokeInvitation({ actor, input }: RevokeInvitationOptions) {
  authorize(actor, "member.manage");
  await db.$transaction(async (tx) => {
    const revoked = await tx.invitation.deleteMany({ where: { id: input.invitationId, teamId: actor.teamId, acceptedAt: null } });
    // "Not found" first, whoever asks; then the actor's access is read again (rolled back if it changed).
    if (revoked.count === 0) throw notFound("The invitation");
    await lockActorAccess(tx, actor);
  });
}

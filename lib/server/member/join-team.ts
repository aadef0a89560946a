import type { Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

type Tx = Prisma.TransactionClient;

interface AcceptedInvitation {
  id: string;
  teamId: string;
  userId: string;
  role: Prisma.MembershipCreateManyInput["role"];
}

const GONE = "This invitation is no longer open. Ask a team admin for a new one.";

/**
 * Spends one invitation and creates the membership in that invitation's team — and nothing else. An
 * existing membership (from before invitations carried their role) is left as it is.
 */
export async function joinTeam(tx: Tx, invitation: AcceptedInvitation) {
  const spent = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date() },
  });
  if (spent.count === 0) throw new AppError("NOT_FOUND", GONE);
  await tx.membership.upsert({
    where: { teamId_userId: { teamId: invitation.teamId, userId: invitation.userId } },
    create: { teamId: invitation.teamId, userId: invitation.userId, role: invitation.role },
    update: {},
  });
}

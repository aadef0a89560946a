import type { Prisma } from "@/lib/server/db/client";
import { announceAccessChange } from "@/lib/server/live/announce-access-change";

/**
 * Ends every session of a person server-side: session cookies carry the version they were issued
 * with, and loadSessionActor refuses any other. Open event streams are told to re-check at once.
 * `onlyIfVersion` makes a sign-out with an already outdated cookie a no-op.
 */
export async function endSessions(tx: Prisma.TransactionClient, userId: string, onlyIfVersion?: number): Promise<void> {
  await tx.user.updateMany({
    where: { id: userId, ...(onlyIfVersion !== undefined && { sessionVersion: onlyIfVersion }) },
    data: { sessionVersion: { increment: 1 } },
  });
  await announceAccessChange(tx, { userId });
}

import type { Prisma } from "@/lib/server/db/client";
import { CHANGE_CHANNEL, type AccessChange } from "./channel";

/** In the caller's transaction, so streams re-check only once the change has committed. */
export async function announceAccessChange(tx: Prisma.TransactionClient, who: Omit<AccessChange, "kind">): Promise<void> {
  const change: AccessChange = { kind: "access", ...who };
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify(change)})`;
}

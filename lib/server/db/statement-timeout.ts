import type { Prisma } from "@/lib/server/db/client";

/**
 * Lets PostgreSQL end any statement of this transaction that runs longer than `ms`. Prisma's own
 * transaction time limit only stops waiting: the statement it waited for ran on, holding its locks
 * (a DELETE of thousands of claims ran for 26 minutes after its request had been answered, found by
 * the hostile probe of stop 26). Use it as the first statement of long writes, with their time limit.
 */
export async function limitStatementTime(tx: Prisma.TransactionClient, ms: number): Promise<void> {
  await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(ms))}`);
}

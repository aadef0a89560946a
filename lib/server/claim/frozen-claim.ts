import type { Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

// A claim with a final verdict is published (public page, ClaimReview): nobody, editors included,
// changes its wording, citations, check-worthiness, status or span until an editor reopens the verdict.

export const FROZEN_CLAIM_MESSAGE = "This claim has a final verdict; an editor must reopen it before it can change.";

export const frozenClaim = () => new AppError("CONFLICT", FROZEN_CLAIM_MESSAGE);

/**
 * Locks the claim's row for the rest of the transaction and refuses if it is final. Finalising locks
 * the same row before counting sources, so a citation change and a finalisation never interleave.
 */
export async function lockOpenClaim(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
  if (row?.status === "final") throw frozenClaim();
}

/** Takes the row lock only (finalising and reopening decide on the status themselves). */
export async function lockClaim(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
}

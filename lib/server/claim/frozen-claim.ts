import type { Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

// A claim with a final verdict is published (public page, ClaimReview): nobody, editors included,
// changes its wording, citations, check-worthiness, status or span until an editor reopens the verdict.

export const FROZEN_CLAIM_MESSAGE = "This claim has a final verdict; an editor must reopen it before it can change.";

export const frozenClaim = () => new AppError("CONFLICT", FROZEN_CLAIM_MESSAGE);

// A claim merged into another is kept for its history only: changing it would bring it back beside the
// claim that now holds its text (hostile probe of stop 33: restored, it overlapped that claim).
export const mergedClaim = () => new AppError("CONFLICT", "This claim was merged into another one; change that one instead.");

/**
 * Locks the claim's row for the rest of the transaction and refuses if it is final or merged away. Finalising locks
 * the same row before counting sources, so a citation change and a finalisation never interleave.
 */
export async function lockOpenClaim(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ status: string; merged: boolean }[]>`SELECT status::text, "mergedIntoId" IS NOT NULL AS merged FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
  if (row?.status === "final") throw frozenClaim();
  if (row?.merged) throw mergedClaim();
}

/** Takes the row lock only (finalising and reopening decide on the status themselves). */
export async function lockClaim(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
}

import type { Prisma } from "@/lib/server/db/client";

/**
 * Cites one claim's current sources on another claim too, with their stance, excerpt, note and who added them:
 * a merged-away claim's on the claim that now holds its text, a split claim's on its new second part (the sources
 * were cited for the whole text). A page the other claim already cites stays cited once, as its own citation (one
 * page stands on a claim once). Returns how many were carried.
 */
export async function carryCitations(tx: Prisma.TransactionClient, fromClaimId: string, toClaimId: string): Promise<number> {
  const held = await tx.citation.findMany({ where: { claimId: toClaimId, removedAt: null }, select: { sourceId: true } });
  const cited = new Set(held.map((citation) => citation.sourceId));
  const carried = await tx.citation.findMany({
    where: { claimId: fromClaimId, removedAt: null, sourceId: { notIn: [...cited] } },
    distinct: ["sourceId"],
    orderBy: { createdAt: "asc" },
    select: { sourceId: true, stance: true, excerpt: true, note: true, addedById: true },
  });
  if (carried.length) await tx.citation.createMany({ data: carried.map((citation) => ({ ...citation, claimId: toClaimId })) });
  return carried.length;
}

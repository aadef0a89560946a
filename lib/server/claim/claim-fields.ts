import type { Prisma } from "@/lib/server/db/client";

/** What the API and the pages show of a claim (never the team id or the internal match text). */
export const claimFields = {
  id: true,
  articleId: true,
  textVersion: true,
  start: true,
  end: true,
  text: true,
  normalizedText: true,
  kind: true,
  checkworthiness: true,
  checkworthy: true,
  reasons: true,
  claimantText: true,
  claimantStart: true,
  claimantEnd: true,
  entities: true,
  status: true,
  assigneeId: true,
  position: true,
  version: true,
  anchorState: true,
  excluded: true,
  touchedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimSelect;

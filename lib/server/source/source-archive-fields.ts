/**
 * The archive state every source answer carries: how the link fared when last checked, the newest
 * archived copy (id and date, for "archived 3 Dec 2026" and its link) and the newest fetch's outcome.
 */
export const sourceArchiveFields = {
  linkState: true,
  checkedAt: true,
  archivedAt: true,
  archivedSnapshotId: true,
  snapshots: {
    orderBy: { fetchedAt: "desc" },
    take: 1,
    select: { id: true, fetchedAt: true, finalUrl: true, httpStatus: true, error: true },
  },
} as const;

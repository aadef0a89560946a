export const commentFields = {
  id: true,
  claimId: true,
  parentId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
} as const;

/** Deleted comments keep their place in the thread but not their text. */
export function visibleComment<T extends { body: string; deletedAt: Date | null }>(comment: T): T {
  return comment.deletedAt ? { ...comment, body: "" } : comment;
}

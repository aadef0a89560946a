import type { Role } from "../permissions";

// Workflow status is separate from the verdict. Reviewers move work along; editors and admins may
// also exclude and restore; "final" is reached only by setting a final verdict and left only by
// reopening it, so those two moves are not plain status changes.

export const CLAIM_STATUSES = ["new", "in_review", "needs_second_review", "final", "excluded"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

const REVIEWER_MOVES: Partial<Record<ClaimStatus, ClaimStatus[]>> = {
  new: ["in_review"],
  in_review: ["needs_second_review", "new"],
  needs_second_review: ["in_review"],
};

const EDITOR_MOVES: Partial<Record<ClaimStatus, ClaimStatus[]>> = {
  new: ["in_review", "needs_second_review", "excluded"],
  in_review: ["new", "needs_second_review", "excluded"],
  needs_second_review: ["in_review", "excluded"],
  excluded: ["new", "in_review"],
};

/** Statuses `role` may move a claim to from `from` by a plain status change. */
export function allowedStatusMoves(role: Role, from: ClaimStatus): ClaimStatus[] {
  if (role === "viewer") return [];
  const moves = role === "reviewer" ? REVIEWER_MOVES : EDITOR_MOVES;
  return moves[from] ?? [];
}

export function canMoveStatus(role: Role, from: ClaimStatus, to: ClaimStatus): boolean {
  return allowedStatusMoves(role, from).includes(to);
}

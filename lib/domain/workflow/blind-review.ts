import { can, type Role } from "@/lib/domain/permissions";

export interface VerdictVisibilityFacts {
  /** The team's blind review setting. */
  blindReview: boolean;
  /** The role of the person reading. */
  role: Role;
  /** Whether the reader has given their own verdict on the claim. */
  hasOwnVerdict: boolean;
  /** Whether the claim has a current (not reopened) final verdict. */
  hasFinalVerdict: boolean;
}

/**
 * The one rule for who may read other reviewers' verdicts (level, confidence, rationale) on a claim.
 * With blind review on, a reader who has not rated the claim sees only that others have, so their
 * own rating stays independent; editors and admins, who decide the final verdict, always see them,
 * and once the final verdict is out there is nothing left to keep independent. Every read path
 * (verdict lists, history, dashboards) asks this function.
 */
export function othersVerdictsHidden({ blindReview, role, hasOwnVerdict, hasFinalVerdict }: VerdictVisibilityFacts): boolean {
  return blindReview && !can(role, "verdict.finalize") && !hasOwnVerdict && !hasFinalVerdict;
}

/** History actions whose before/after hold a reviewer's own verdict (final verdicts are the team's decision). */
export const REVIEWER_VERDICT_ACTIONS: readonly string[] = ["verdict.submitted", "verdict.updated"];

/** The PostgreSQL NOTIFY channel that announces committed changes to open pages. */
export const CHANGE_CHANNEL = "factdesk_changes";

export interface Change {
  teamId: string;
  articleId: string | null;
  claimId: string | null;
  action: string;
}

/**
 * Announced on the same channel when someone's access may have shrunk (sign-out, role change,
 * disabled membership, revoked token): open event streams of that person or token re-check at once.
 */
export interface AccessChange {
  kind: "access";
  userId?: string;
  tokenId?: string;
}

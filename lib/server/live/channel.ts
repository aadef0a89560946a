/** The PostgreSQL NOTIFY channel that announces committed changes to open pages. */
export const CHANGE_CHANNEL = "factdesk_changes";

export interface Change {
  teamId: string;
  articleId: string | null;
  claimId: string | null;
  action: string;
}

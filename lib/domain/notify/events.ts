// The events a team's webhooks can subscribe to, and which history entries become one.

export const WEBHOOK_EVENTS = [
  "article.imported",
  "claim.assigned",
  "verdict.submitted",
  "verdict.finalized",
  "verdict.reopened",
  "comment.created",
  "share_link.created",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const BY_ACTION: Record<string, WebhookEvent> = {
  "article.imported": "article.imported",
  "verdict.submitted": "verdict.submitted",
  "verdict.finalized": "verdict.finalized",
  "verdict.reopened": "verdict.reopened",
  "comment.created": "comment.created",
  "report.shared": "share_link.created",
};

/** The outbound event a history entry stands for, if any: a claim change is "claim.assigned" only when it set an assignee. */
export function outboundEvent(action: string, after: unknown): WebhookEvent | null {
  if (action === "claim.updated") {
    const assignee = after && typeof after === "object" ? (after as Record<string, unknown>).assigneeId : undefined;
    return typeof assignee === "string" ? "claim.assigned" : null;
  }
  return BY_ACTION[action] ?? null;
}

import { appOrigin } from "@/lib/server/http/app-origin";

export interface EventPayload {
  id: string;
  event: string;
  createdAt: string;
  team: { id: string; name: string };
  data: unknown;
}

/** The body as sent: the event itself, or for a Slack endpoint one line of text (Slack ignores other fields). */
export function deliveryBody(payload: EventPayload, format: string): string {
  if (format !== "slack") return JSON.stringify(payload);
  return JSON.stringify({ text: slackText(payload) });
}

function slackText(payload: EventPayload): string {
  const data = (payload.data ?? {}) as Record<string, unknown>;
  const claimId = typeof data.claimId === "string" ? data.claimId : payload.event.startsWith("claim.") || payload.event === "verdict.reopened" ? data.id : null;
  const articleId = typeof data.articleId === "string" ? data.articleId : payload.event === "article.imported" ? data.id : null;
  const link = claimId ? `${appOrigin()}/claims/${claimId}` : articleId ? `${appOrigin()}/articles/${articleId}` : appOrigin();
  const title = typeof data.title === "string" ? data.title : typeof data.text === "string" ? data.text : "";
  // Slack reads <, > and & as markup; titles come from imported pages.
  const safe = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").slice(0, 300);
  return `[${safe(payload.team.name)}] ${payload.event}${title ? `: ${safe(title)}` : ""} <${link}|open in Factdesk>`;
}

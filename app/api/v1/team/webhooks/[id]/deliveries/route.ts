import { localizeMessage } from "@/lib/i18n/server-messages";
import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { listWebhookDeliveries } from "@/lib/server/webhook/manage-webhooks";

// A delivery the target never answered keeps Factdesk's own note ("Not delivered (ETIMEDOUT)."): that note is in
// the reader's language; a target's answer stays as it came (walk of stop 39: the German log read English).
export const GET = apiRoute<{ id: string }>("team.manage", async ({ req, actor, params }) => {
  const locale = await errorLocale(req);
  const deliveries = await listWebhookDeliveries({ actor, id: params.id });
  return json({ data: deliveries.map((delivery) => (delivery.responseStatus === null && delivery.responseBody ? { ...delivery, responseBody: localizeMessage(delivery.responseBody, locale) } : delivery)) });
});

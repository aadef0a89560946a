import { apiRoute, json } from "@/lib/server/http/api-route";
import { readNoBody } from "@/lib/server/http/read-json-body";
import { replayWebhookDelivery } from "@/lib/server/webhook/manage-webhooks";

export const POST = apiRoute<{ id: string; deliveryId: string }>("team.manage", async ({ req, actor, params }) => {
  await readNoBody(req);
  return json({ data: await replayWebhookDelivery({ actor, id: params.id, deliveryId: params.deliveryId }) }, 202);
});

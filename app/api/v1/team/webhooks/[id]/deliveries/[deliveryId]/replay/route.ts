import { apiRoute, json } from "@/lib/server/http/api-route";
import { replayWebhookDelivery } from "@/lib/server/webhook/manage-webhooks";

export const POST = apiRoute<{ id: string; deliveryId: string }>("team.manage", async ({ actor, params }) =>
  json({ data: await replayWebhookDelivery({ actor, id: params.id, deliveryId: params.deliveryId }) }, 202),
);

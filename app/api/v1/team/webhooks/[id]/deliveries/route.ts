import { apiRoute, json } from "@/lib/server/http/api-route";
import { listWebhookDeliveries } from "@/lib/server/webhook/manage-webhooks";

export const GET = apiRoute<{ id: string }>("team.manage", async ({ actor, params }) => json({ data: await listWebhookDeliveries({ actor, id: params.id }) }));

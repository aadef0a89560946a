import { apiRoute } from "@/lib/server/http/api-route";
import { deleteWebhook } from "@/lib/server/webhook/manage-webhooks";

export const DELETE = apiRoute<{ id: string }>("team.manage", async ({ actor, params }) => {
  await deleteWebhook({ actor, id: params.id });
  return new Response(null, { status: 204 });
});

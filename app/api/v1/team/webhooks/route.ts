import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { createWebhook, listWebhooks } from "@/lib/server/webhook/manage-webhooks";
import { createWebhookInput } from "@/lib/validations/webhook";

export const GET = apiRoute("team.manage", async ({ actor }) => json({ data: await listWebhooks({ actor }) }));

export const POST = apiRoute("team.manage", async ({ req, actor }) => {
  const input = createWebhookInput.parse(await readJsonBody(req));
  return json({ data: await createWebhook({ actor, input }) }, 201);
});

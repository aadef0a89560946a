import { listActivity } from "@/lib/server/activity/list-activity";
import { apiRoute, json } from "@/lib/server/http/api-route";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await listActivity({ actor, claimId: params.id }) }),
);

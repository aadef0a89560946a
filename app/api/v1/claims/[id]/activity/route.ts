import { listActivityPage } from "@/lib/server/activity/list-activity";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { queryParams } from "@/lib/server/http/query-params";
import { listActivityInput } from "@/lib/validations/activity";

export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) =>
  json(await listActivityPage({ actor, claimId: params.id, input: listActivityInput.parse(queryParams(req)) })),
);

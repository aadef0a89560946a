import { getClaim } from "@/lib/server/claim/get-claim";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { getClaimQuery, updateClaimInput } from "@/lib/validations/claim";
import { queryParams } from "@/lib/server/http/query-params";

export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) => {
  const query = getClaimQuery.parse(queryParams(req));
  return json({ data: await getClaim({ actor, id: params.id, relatedThreshold: query.relatedThreshold }) });
});

export const PATCH = apiRoute<{ id: string }>("claim.edit", async ({ req, actor, params }) => {
  const input = updateClaimInput.parse(await readJsonBody(req));
  return json({ data: await updateClaim({ actor, id: params.id, input }) });
});

import { bulkUpdateClaims } from "@/lib/server/claim/bulk-update-claims";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { bulkUpdateClaimsInput } from "@/lib/validations/claim";

export const PATCH = apiRoute("claim.edit", async ({ req, actor }) => {
  const input = bulkUpdateClaimsInput.parse(await readJsonBody(req));
  return json({ data: await bulkUpdateClaims({ actor, input }) });
});

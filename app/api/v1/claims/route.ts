import { bulkUpdateClaims } from "@/lib/server/claim/bulk-update-claims";
import { createClaim } from "@/lib/server/claim/create-claim";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { bulkUpdateClaimsInput, createClaimInput } from "@/lib/validations/claim";

/** A claim a reviewer marked in the article text. */
export const POST = apiRoute("claim.edit", async ({ req, actor }) => {
  const input = createClaimInput.parse(await readJsonBody(req));
  return json({ data: await createClaim({ actor, input }) }, 201);
});

export const PATCH = apiRoute("claim.edit", async ({ req, actor }) => {
  const input = bulkUpdateClaimsInput.parse(await readJsonBody(req));
  return json({ data: await bulkUpdateClaims({ actor, input }) });
});

import { mergeClaims } from "@/lib/server/claim/merge-claims";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { mergeClaimsInput } from "@/lib/validations/claim";

export const POST = apiRoute("claim.edit", async ({ req, actor }) => {
  const input = mergeClaimsInput.parse(await readJsonBody(req));
  return json({ data: await mergeClaims({ actor, input }) });
});

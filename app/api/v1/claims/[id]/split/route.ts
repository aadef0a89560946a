import { splitClaim } from "@/lib/server/claim/split-claim";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { splitClaimInput } from "@/lib/validations/claim";

export const POST = apiRoute<{ id: string }>("claim.edit", async ({ req, actor, params }) => {
  const input = splitClaimInput.parse(await readJsonBody(req));
  return json({ data: await splitClaim({ actor, id: params.id, input }) });
});

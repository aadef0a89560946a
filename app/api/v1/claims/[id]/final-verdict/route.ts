import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { finalizeVerdict } from "@/lib/server/verdict/finalize-verdict";
import { finalizeVerdictInput } from "@/lib/validations/verdict";

export const POST = apiRoute<{ id: string }>("verdict.finalize", async ({ req, actor, params }) => {
  const input = finalizeVerdictInput.parse(await readJsonBody(req));
  return json({ data: await finalizeVerdict({ actor, claimId: params.id, input }) }, 201);
});

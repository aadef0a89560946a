import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { reopenVerdict } from "@/lib/server/verdict/reopen-verdict";
import { reopenVerdictInput } from "@/lib/validations/verdict";

export const POST = apiRoute<{ id: string }>("verdict.finalize", async ({ req, actor, params }) => {
  const input = reopenVerdictInput.parse(await readJsonBody(req));
  return json({ data: await reopenVerdict({ actor, claimId: params.id, input }) });
});

import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { listVerdicts } from "@/lib/server/verdict/list-verdicts";
import { submitVerdict } from "@/lib/server/verdict/submit-verdict";
import { submitVerdictInput } from "@/lib/validations/verdict";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await listVerdicts({ actor, claimId: params.id }) }),
);

/** The acting reviewer's own verdict (created or replaced). */
export const PUT = apiRoute<{ id: string }>("verdict.submit", async ({ req, actor, params }) => {
  const input = submitVerdictInput.parse(await readJsonBody(req));
  return json({ data: await submitVerdict({ actor, claimId: params.id, input }) });
});

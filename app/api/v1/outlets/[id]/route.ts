import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { getOutlet } from "@/lib/server/outlet/get-outlet";
import { rateOutlet } from "@/lib/server/outlet/rate-outlet";
import { rateOutletInput } from "@/lib/validations/outlet";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await getOutlet({ actor, id: params.id, language: actor.locale ?? "en" }) }),
);

export const PATCH = apiRoute<{ id: string }>("outlet.rate", async ({ req, actor, params }) => {
  const input = rateOutletInput.parse(await readJsonBody(req));
  return json({ data: await rateOutlet({ actor, id: params.id, input }) });
});

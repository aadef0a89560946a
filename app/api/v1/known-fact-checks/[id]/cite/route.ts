import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { enqueueSourceArchive } from "@/lib/server/jobs/start-workers";
import { citeKnownCheck } from "@/lib/server/known-check/cite-known-check";
import { citeKnownCheckInput } from "@/lib/validations/known-check";

export const POST = apiRoute<{ id: string }>("source.manage", async ({ req, actor, params }) => {
  const input = citeKnownCheckInput.parse(await readJsonBody(req));
  return json({ data: await citeKnownCheck({ actor, id: params.id, input, archive: enqueueSourceArchive }) }, 201);
});

import { apiRoute, json } from "@/lib/server/http/api-route";
import { enqueueSourceArchive } from "@/lib/server/jobs/start-workers";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { attachSource } from "@/lib/server/source/attach-source";
import { listClaimCitations } from "@/lib/server/source/list-claim-citations";
import { attachSourceInput } from "@/lib/validations/source";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await listClaimCitations({ actor, claimId: params.id }) }),
);

export const POST = apiRoute<{ id: string }>("source.manage", async ({ req, actor, params }) => {
  const input = attachSourceInput.parse(await readJsonBody(req));
  return json({ data: await attachSource({ actor, claimId: params.id, input, archive: enqueueSourceArchive }) }, 201);
});

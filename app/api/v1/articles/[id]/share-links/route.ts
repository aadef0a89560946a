import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { createShareLink, listShareLinks } from "@/lib/server/share/share-links";
import { createShareLinkInput } from "@/lib/validations/report";

export const GET = apiRoute<{ id: string }>("report.share", async ({ actor, params }) => json({ data: await listShareLinks({ actor, articleId: params.id }) }));

export const POST = apiRoute<{ id: string }>("report.share", async ({ req, actor, params }) => {
  const input = createShareLinkInput.parse(await readJsonBody(req));
  return json({ data: await createShareLink({ actor, articleId: params.id, input }) }, 201);
});

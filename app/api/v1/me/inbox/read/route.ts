import { markInboxRead } from "@/lib/server/comment/list-inbox";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { markInboxReadInput } from "@/lib/validations/comment";

export const POST = apiRoute("article.read", async ({ req, actor }) => {
  const input = markInboxReadInput.parse(await readJsonBody(req));
  return json({ data: await markInboxRead({ actor, ids: input.ids }) });
});

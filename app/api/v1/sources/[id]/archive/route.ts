import { apiRoute, json } from "@/lib/server/http/api-route";
import { readNoBody } from "@/lib/server/http/read-json-body";
import { archiveSourceNow } from "@/lib/server/source/archive-source-now";

// No body: the source in the path is all there is to say.
export const POST = apiRoute<{ id: string }>("source.manage", async ({ req, actor, params }) => {
  await readNoBody(req);
  return json({ data: await archiveSourceNow({ actor, id: params.id }) });
});

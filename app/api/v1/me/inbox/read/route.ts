import { z } from "zod";
import { markInboxRead } from "@/lib/server/comment/list-inbox";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { unknownFields } from "@/lib/validations/common";

const markReadInput = z.strictObject({ ids: z.array(z.uuid({ error: "ids must be mention ids." })).max(500).optional() }, unknownFields);

export const POST = apiRoute("article.read", async ({ req, actor }) => {
  const input = markReadInput.parse(await readJsonBody(req));
  return json({ data: await markInboxRead({ actor, ids: input.ids }) });
});

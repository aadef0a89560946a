import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { importFromUrl } from "@/lib/server/import/import-article";
import { importUrlInput } from "@/lib/validations/import";

export const POST = apiRoute("article.create", async ({ req, actor }) => {
  const input = importUrlInput.parse(await readJsonBody(req));
  return json({ data: await importFromUrl({ actor, input }) }, 201);
});

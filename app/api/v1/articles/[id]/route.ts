import { getArticle } from "@/lib/server/article/get-article";
import { updateArticle } from "@/lib/server/article/update-article";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { jsonStream, placeholder } from "@/lib/server/http/json-stream";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { updateArticleInput } from "@/lib/validations/article";

// Claims in pieces: an article of tens of thousands of claims is tens of megabytes of JSON (json-stream.ts).
export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) => {
  const { claims, ...article } = await getArticle({ actor, id: params.id });
  return new Response(jsonStream({ data: { ...article, claims: placeholder() } }, claims), { headers: { "content-type": "application/json", "cache-control": "no-store" } });
});

export const PATCH = apiRoute<{ id: string }>("article.edit", async ({ req, actor, params }) => {
  const input = updateArticleInput.parse(await readJsonBody(req));
  return json({ data: await updateArticle({ actor, id: params.id, input }) });
});

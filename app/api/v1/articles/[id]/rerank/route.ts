import { rerankArticle } from "@/lib/server/article/rerank-article";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readNoBody } from "@/lib/server/http/read-json-body";

/** Re-scores the article's undecided claims with the team's current claim model (no body). */
export const POST = apiRoute<{ id: string }>("article.rerank", async ({ req, actor, params }) => {
  await readNoBody(req);
  return json({ data: await rerankArticle({ actor, id: params.id }) });
});

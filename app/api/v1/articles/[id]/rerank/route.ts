import { rerankArticle } from "@/lib/server/article/rerank-article";
import { apiRoute, json } from "@/lib/server/http/api-route";

/** Re-scores the article's undecided claims with the team's current claim model (no body). */
export const POST = apiRoute<{ id: string }>("article.rerank", async ({ actor, params }) =>
  json({ data: await rerankArticle({ actor, id: params.id }) }),
);

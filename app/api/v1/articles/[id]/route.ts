import { getArticle } from "@/lib/server/article/get-article";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";
import { updateArticle } from "@/lib/server/article/update-article";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { jsonStream, placeholder } from "@/lib/server/http/json-stream";
import { articleClaimCount, largeReadTurn } from "@/lib/server/http/large-reads";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { updateArticleInput } from "@/lib/validations/article";

// Claims in pieces: an article of tens of thousands of claims is tens of megabytes of JSON (json-stream.ts).
// A large article waits for its turn (large-reads.ts), held until its JSON is written.
export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) => {
  const done = await largeReadTurn(await articleClaimCount({ actor, id: params.id }), actor.teamId);
  try {
    // Every read-out of an article takes a heavy-read turn, whatever its size (re-probe of stop 43: loops of a 2,050-claim
    // article, under the large-read threshold, slowed other teams); the large ones also hold a large-read turn while written.
    const { claims, ...article } = await inHeavyReadTurn(actor.teamId, () => getArticle({ actor, id: params.id }));
    return new Response(jsonStream({ data: { ...article, claims: placeholder() } }, claims, 0, done), { headers: { "content-type": "application/json", "cache-control": "no-store" } });
  } catch (error) {
    done();
    throw error;
  }
});

export const PATCH = apiRoute<{ id: string }>("article.edit", async ({ req, actor, params }) => {
  const input = updateArticleInput.parse(await readJsonBody(req));
  return json({ data: await updateArticle({ actor, id: params.id, input }) });
});

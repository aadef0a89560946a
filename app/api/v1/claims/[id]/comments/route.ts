import { createComment } from "@/lib/server/comment/create-comment";
import { listComments } from "@/lib/server/comment/list-comments";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { createCommentInput } from "@/lib/validations/comment";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await listComments({ actor, claimId: params.id }) }),
);

export const POST = apiRoute<{ id: string }>("comment.write", async ({ req, actor, params }) => {
  const input = createCommentInput.parse(await readJsonBody(req));
  return json({ data: await createComment({ actor, claimId: params.id, input }) }, 201);
});

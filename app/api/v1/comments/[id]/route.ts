import { deleteComment, updateComment } from "@/lib/server/comment/update-comment";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { updateCommentInput } from "@/lib/validations/comment";

export const PATCH = apiRoute<{ id: string }>("comment.write", async ({ req, actor, params }) => {
  const input = updateCommentInput.parse(await readJsonBody(req));
  return json({ data: await updateComment({ actor, id: params.id, input }) });
});

export const DELETE = apiRoute<{ id: string }>("comment.write", async ({ actor, params }) =>
  json({ data: await deleteComment({ actor, id: params.id }) }),
);

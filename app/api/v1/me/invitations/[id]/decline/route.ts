import { apiRoute, json } from "@/lib/server/http/api-route";
import { readNoBody } from "@/lib/server/http/read-json-body";
import { answerOwnInvitationById } from "@/lib/server/member/answer-own-invitation";

export const POST = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) => {
  await readNoBody(req);
  return json({ data: await answerOwnInvitationById(actor, params.id, false) });
});

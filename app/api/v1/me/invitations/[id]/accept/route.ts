import { apiRoute, json } from "@/lib/server/http/api-route";
import { answerOwnInvitationById } from "@/lib/server/member/answer-own-invitation";

export const POST = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await answerOwnInvitationById(actor, params.id, true) }),
);

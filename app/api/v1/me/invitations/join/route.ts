import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { acceptLinkedInvitation } from "@/lib/server/member/accept-linked-invitation";
import { acceptLinkedInvitationInput } from "@/lib/validations/member";

/** `{ token }` from an invitation link: the signed-in invited account joins that team (see accept-linked-invitation.ts). */
export const POST = apiRoute("article.read", async ({ req, actor }) => {
  const input = acceptLinkedInvitationInput.parse(await readJsonBody(req));
  return json({ data: await acceptLinkedInvitation({ actor, input }) });
});

import { apiRoute, json } from "@/lib/server/http/api-route";
import { revokeInvitation } from "@/lib/server/member/revoke-invitation";
import { revokeInvitationInput } from "@/lib/validations/member";

export const DELETE = apiRoute<{ id: string }>("member.manage", async ({ actor, params }) => {
  await revokeInvitation({ actor, input: revokeInvitationInput.parse({ invitationId: params.id }) });
  return json({ data: { id: params.id, revoked: true } });
});

import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { inviteMember } from "@/lib/server/member/invite-member";
import { listTeamInvitations } from "@/lib/server/member/list-team-invitations";
import { inviteMemberInput } from "@/lib/validations/member";

export const GET = apiRoute("member.read", async ({ actor }) => json({ data: await listTeamInvitations({ actor }) }));

// The answer carries the invitation link (a path on this server) once; only its hash is stored.
export const POST = apiRoute("member.manage", async ({ req, actor }) => {
  const input = inviteMemberInput.parse(await readJsonBody(req));
  return json({ data: await inviteMember({ actor, input }) }, 201);
});

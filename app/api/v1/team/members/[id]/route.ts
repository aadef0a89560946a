import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { changeMemberRole } from "@/lib/server/member/change-member-role";
import { setMemberDisabled } from "@/lib/server/member/set-member-disabled";
import { changeMemberRoleInput, setMemberDisabledInput, updateMemberInput } from "@/lib/validations/member";

// The members page's two changes, one per request: a new role, or disabled on/off.
export const PATCH = apiRoute<{ id: string }>("member.manage", async ({ req, actor, params }) => {
  const { role, disabled } = updateMemberInput.parse(await readJsonBody(req));
  if (role !== undefined) {
    // As the page says it: how many open assignments went back to the team (a viewer cannot review).
    const { releasedAssignments } = await changeMemberRole({ actor, input: changeMemberRoleInput.parse({ membershipId: params.id, role }) });
    return json({ data: { id: params.id, role, releasedAssignments } });
  }
  await setMemberDisabled({ actor, input: setMemberDisabledInput.parse({ membershipId: params.id, disabled }) });
  return json({ data: { id: params.id, disabled } });
});

"use server";

import { revalidatePath } from "next/cache";
import { protectedAction } from "@/lib/server/http/protected-action";
import { changeMemberRole } from "@/lib/server/member/change-member-role";
import { inviteMember } from "@/lib/server/member/invite-member";
import { revokeInvitation } from "@/lib/server/member/revoke-invitation";
import { setMemberDisabled } from "@/lib/server/member/set-member-disabled";
import {
  changeMemberRoleInput, inviteMemberInput, revokeInvitationInput, setMemberDisabledInput,
} from "@/lib/validations/member";

const refresh = <T,>(result: T) => {
  revalidatePath("/members");
  return result;
};

export const inviteMemberAction = protectedAction("member.manage", inviteMemberInput, async (options) =>
  refresh({ ...(await inviteMember(options)), email: options.input.email }),
);

export const revokeInvitationAction = protectedAction("member.manage", revokeInvitationInput, async (options) => {
  await revokeInvitation(options);
  return refresh(true);
});

export const changeMemberRoleAction = protectedAction("member.manage", changeMemberRoleInput, async (options) =>
  refresh({ releasedAssignments: (await changeMemberRole(options)).releasedAssignments }),
);

export const setMemberDisabledAction = protectedAction("member.manage", setMemberDisabledInput, async (options) => {
  await setMemberDisabled(options);
  return refresh(true);
});

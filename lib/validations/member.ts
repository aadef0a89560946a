import { z } from "zod";
import { ROLES } from "@/lib/domain/permissions";
import { email, newPassword } from "./auth";
import { plainName } from "./common";

export const role = z.enum(ROLES, { error: "Choose one of the roles admin, editor, reviewer or viewer." });

export const inviteMemberInput = z.strictObject({
  email,
  name: plainName("The person's name").min(1, { error: "Enter the person's name." }).max(120),
  role,
});

export const changeMemberRoleInput = z.strictObject({
  membershipId: z.uuid({ error: "Unknown member." }),
  role,
});

export const setMemberDisabledInput = z.strictObject({
  membershipId: z.uuid({ error: "Unknown member." }),
  // Forms send strings: "false" must mean false (z.coerce.boolean would read any non-empty string as true).
  disabled: z.union([z.boolean(), z.stringbool()], { error: "Say whether the member is disabled: true or false." }),
});

/** PATCH of one member over the API: a new role, or disabled on/off, one change at a time. */
export const updateMemberInput = z
  .strictObject({ role: role.optional(), disabled: z.boolean({ error: "Say whether the member is disabled: true or false." }).optional() })
  .refine((input) => (input.role === undefined) !== (input.disabled === undefined), { error: "Change either the role or whether the member is disabled, one at a time." });

export const revokeInvitationInput = z.strictObject({
  invitationId: z.uuid({ error: "Unknown invitation." }),
});

export const answerInvitationInput = z.strictObject({
  invitationId: z.uuid({ error: "Unknown invitation." }),
  accept: z.union([z.boolean(), z.stringbool()], { error: "Say whether you accept: true or false." }),
});

/** Joining through an invitation's link while signed in as the invited account. */
export const acceptLinkedInvitationInput = z.strictObject({ token: z.string().min(10).max(200) });

export const acceptInvitationInput = z
  .strictObject({
    token: z.string().min(10).max(200),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    error: "The two passwords are not the same.",
    path: ["confirmPassword"],
  });

export type InviteMemberInput = z.infer<typeof inviteMemberInput>;

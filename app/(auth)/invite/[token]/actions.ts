"use server";

import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { actionError, formFields, type ActionState } from "@/lib/server/http/protected-action";
import { acceptInvitation } from "@/lib/server/member/accept-invitation";
import { acceptInvitationInput } from "@/lib/validations/member";

// Public on purpose: the secret in the link is the credential, checked by the service.
export async function acceptInvitationAction(
  _previous: ActionState<{ email: string }>,
  formData: FormData,
): Promise<ActionState<{ email: string }>> {
  try {
    const input = acceptInvitationInput.parse(formFields(formData));
    return { ok: true, data: await acceptInvitation({ input }) };
  } catch (error) {
    return actionError(error, await resolveLocale().catch(() => DEFAULT_LOCALE));
  }
}

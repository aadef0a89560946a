"use server";

import { redirect } from "next/navigation";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { actionError, formFields, signedInAction, type ActionState } from "@/lib/server/http/protected-action";
import { acceptInvitation } from "@/lib/server/member/accept-invitation";
import { acceptInvitationInput, acceptLinkedInvitationInput } from "@/lib/validations/member";
import { acceptLinkedInvitation } from "@/lib/server/member/accept-linked-invitation";

// Public on purpose: the secret in the link is the credential, checked by the service.
// Done, it goes on to sign-in: with the form sent without JavaScript, the invitation page was drawn again for a link
// now used, and said it was invalid right after it had worked (probe of stop 40). The address goes along, so the
// person is not asked to type it again (re-walk of stop 40); it is theirs, in their own browser.
export async function acceptInvitationAction(_previous: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  let email: string;
  try {
    const input = acceptInvitationInput.parse(formFields(formData));
    ({ email } = await acceptInvitation({ input }));
  } catch (error) {
    return actionError(error, await resolveLocale().catch(() => DEFAULT_LOCALE));
  }
  redirect(`/sign-in?${new URLSearchParams({ joined: "1", email })}`);
}

// Signed in as the invited account, with the link in hand: the way in for an account whose address was never confirmed.
export const joinWithLinkAction = signedInAction(acceptLinkedInvitationInput, acceptLinkedInvitation);

"use server";

import { revalidatePath } from "next/cache";
import { signedInAction } from "@/lib/server/http/protected-action";
import { answerOwnInvitation } from "@/lib/server/member/answer-own-invitation";
import { answerInvitationInput } from "@/lib/validations/member";

export const answerInvitationAction = signedInAction(answerInvitationInput, async (options) => {
  const answer = await answerOwnInvitation(options);
  revalidatePath("/", "layout");
  return answer;
});

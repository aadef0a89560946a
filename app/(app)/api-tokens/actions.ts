"use server";

import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { revokeApiToken } from "@/lib/server/api-token/revoke-api-token";
import { protectedAction } from "@/lib/server/http/protected-action";
import { createApiTokenInput, revokeApiTokenInput } from "@/lib/validations/api-token";

export const createApiTokenAction = protectedAction("api-token.manage", createApiTokenInput, async (options) => {
  const token = await createApiToken(options);
  revalidatePath("/api-tokens");
  return token;
});

export const revokeApiTokenAction = protectedAction("api-token.manage", revokeApiTokenInput, async ({ actor, input }) => {
  await revokeApiToken({ actor, tokenId: input.tokenId });
  revalidatePath("/api-tokens");
  return true;
});

import { z } from "zod";
import { role } from "./member";

export const createApiTokenInput = z.strictObject({
  name: z.string().trim().min(1, { error: "Name the token after what uses it." }).max(100),
  role,
});

export const revokeApiTokenInput = z.strictObject({
  tokenId: z.uuid({ error: "Unknown token." }),
});

import { z } from "zod";
import { plainName } from "./common";
import { role } from "./member";

export const createApiTokenInput = z.strictObject({
  name: plainName("The token name").min(1, { error: "Name the token after what uses it." }).max(100),
  role,
});

export const revokeApiTokenInput = z.strictObject({
  tokenId: z.uuid({ error: "Unknown token." }),
});

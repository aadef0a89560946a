import { changePassword } from "@/lib/server/auth/change-password";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { clientAddress } from "@/lib/server/http/client-address";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { changePasswordInput } from "@/lib/validations/auth";

// Answers 200 and ends every session of the person, this one included: sign in again afterwards.
export const POST = apiRoute("article.read", async ({ req, actor }) => {
  const input = changePasswordInput.parse(await readJsonBody(req));
  await changePassword({ actor, input, ip: clientAddress(req.headers) });
  return json({ data: { changed: true, signInAgain: true } });
});

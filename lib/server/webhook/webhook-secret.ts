import { newSecret } from "@/lib/server/auth/secret-token";
import { seal, unseal } from "@/lib/server/notify/derived-key";

// The signing secret must be readable to sign each delivery, so it cannot be hashed like API tokens:
// it is stored encrypted (AES-256-GCM, key derived from NEXTAUTH_SECRET), so a database dump or
// backup alone does not let anyone forge deliveries. It is shown once, when the webhook is created.

const LABEL = "webhook-secret";

export function newWebhookSecret(): { secret: string; sealed: string } {
  const secret = newSecret("whsec");
  return { secret, sealed: seal(secret, LABEL) };
}

export const openWebhookSecret = (sealed: string): string => unseal(sealed, LABEL);

import { createHash, randomBytes } from "node:crypto";

// High-entropy secrets (API tokens, invitation links) are stored as SHA-256: unlike passwords they
// cannot be guessed, so a slow hash adds nothing but latency to every API request.

export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

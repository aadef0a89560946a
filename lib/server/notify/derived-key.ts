import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

// Keys for notification links and webhook secrets, derived from NEXTAUTH_SECRET (HKDF, one label
// per use) so there is no second secret to configure. Rotating NEXTAUTH_SECRET invalidates the
// unsubscribe links in old mails and the stored webhook secrets (those webhooks must be re-created).

function key(label: string): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "factdesk", label, 32));
}

/** AES-256-GCM: `iv.tag.ciphertext`, base64url. */
export function seal(plain: string, label: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(label), iv);
  const encrypted = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), encrypted].map((part) => part.toString("base64url")).join(".");
}

export function unseal(sealed: string, label: string): string {
  const [iv, tag, encrypted] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(label), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(encrypted!), decipher.final()]).toString("utf8");
}

export function sign(text: string, label: string): string {
  return createHmac("sha256", key(label)).update(text).digest("base64url");
}

export function signatureMatches(text: string, signature: string, label: string): boolean {
  const expected = Buffer.from(sign(text, label));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

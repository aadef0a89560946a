import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline.
export const hashPassword = (password: string) => hash(password);

// Made once per process with the same parameters as real hashes, and verified against when there is
// no real one, so an unknown address (or one without a password) costs the same time as a known one.
let dummyHash: Promise<string> | undefined;
const standIn = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const target = passwordHash ?? (await standIn());
  try {
    const matches = await verify(target, password);
    return passwordHash !== null && matches;
  } catch {
    return false;
  }
}

import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), pinned rather than left to the
// library's defaults: about 35 ms per hash here, so a burst of sign-ins stays affordable on 2 cores.
// Each hash records its own parameters, so hashes made with other ones still verify.
export const PASSWORD_HASH_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Hashed as NFC: "ö" typed as one character or as "o" and a combining mark (macOS input) is the same password (probe of
// stop 45: a password set in one form was refused in the other). Hashes from before are still tried with the raw input.
export const hashPassword = (password: string) => hash(password.normalize("NFC"), PASSWORD_HASH_OPTIONS);

// Made once per process with the same parameters as real hashes, and verified against when there is
// no real one, so an unknown address (or one without a password) costs the same time as a known one.
let dummyHash: Promise<string> | undefined;
const standIn = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const target = passwordHash ?? (await standIn());
  try {
    const normalized = password.normalize("NFC");
    const matches = (await verify(target, normalized)) || (normalized !== password && (await verify(target, password)));
    return passwordHash !== null && matches;
  } catch {
    return false;
  }
}

import { createHash } from "node:crypto";
import { fingerprintText } from "@/lib/domain/article/content-fingerprint";

/** Identifies "the same text" within a team, whatever whitespace or Unicode form it arrived in. */
export function contentHash(body: string): string {
  return createHash("sha256").update(fingerprintText(body)).digest("hex");
}

import { createHash } from "node:crypto";
import { AppError } from "@/lib/server/errors";

// Rendered public PDFs, by what they show. A public link needs no sign-in, so anyone may ask for its PDF in a loop,
// and each render takes a turn of the owning team's PDF worker (hostile probe of stop 46: twenty requests for one link
// kept the team's own exports waiting for minutes). The same content is rendered once; any change to what the link
// publishes (a verdict, a correction, the day in "As of") makes a new key, so nothing stale is served, and a revoked link
// is refused before the cache is asked. A render that failed for its content (too slow, too large) is remembered too: the
// same content fails the same way, and asking again in a loop held the team's PDF worker (re-probe of stop 46).

export interface PublicPdf {
  pdf: Uint8Array;
  title: string;
  noindex: boolean;
}

const MAX_BYTES = 64 * 1024 * 1024;
const FAILURE_BYTES = 1024;
const entries = new Map<string, PublicPdf | AppError>();
let bytes = 0;

/** The key of what a PDF would show: the link and the whole input of its render, with today's date. */
export function publicPdfKey(token: string, input: unknown): string {
  return createHash("sha256").update(token).update("\0").update(new Date().toISOString().slice(0, 10)).update("\0").update(JSON.stringify(input)).digest("hex");
}

/** The rendered PDF for `key`, or the refusal its render ended in (thrown again), or null when none is known. */
export function cachedPublicPdf(key: string): PublicPdf | AppError | null {
  const hit = entries.get(key);
  if (!hit) return null;
  // Most recently used last: the oldest goes first when room is needed.
  entries.delete(key);
  entries.set(key, hit);
  return hit;
}

export function rememberPublicPdf(key: string, value: PublicPdf | AppError): void {
  if (size(value) > MAX_BYTES / 4 || entries.has(key)) return;
  entries.set(key, value);
  bytes += size(value);
  for (const [oldest, entry] of entries) {
    if (bytes <= MAX_BYTES) break;
    entries.delete(oldest);
    bytes -= size(entry);
  }
}

const size = (value: PublicPdf | AppError) => (value instanceof AppError ? FAILURE_BYTES : value.pdf.byteLength);

import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Lets a scrape through only with `Authorization: Bearer <FACTDESK_METRICS_TOKEN>`. Digests of equal
 * length are compared in constant time, so the answer time says nothing about the token.
 */
export function assertMetricsAccess(authorization: string | null): void {
  const expected = env().FACTDESK_METRICS_TOKEN;
  if (!expected) throw new AppError("NOT_FOUND", "Metrics are off: set FACTDESK_METRICS_TOKEN to turn them on.");
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "";
  if (!timingSafeEqual(digest(given), digest(expected))) {
    throw new AppError("UNAUTHENTICATED", "Send the metrics token as Authorization: Bearer <token>.");
  }
}

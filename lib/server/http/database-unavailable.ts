const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P03", "08006", "08001"]);

/** True for errors that mean PostgreSQL is down or restarting, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown; message?: unknown };
    if (typeof candidate.code === "string" && CONNECTION_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === "string" && /Connection terminated|connect ECONNREFUSED/.test(candidate.message)) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}

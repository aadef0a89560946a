// PostgreSQL down or restarting reaches us in several wrappings: a pg error with a SQLSTATE or a
// socket code, a pg client that gave up ("not queryable"), or a Prisma error whose driver-adapter
// error carries either in `meta.driverAdapterError` / `cause`.

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "P1001", "P1002", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = /Connection terminated|connect ECONNREFUSED|not queryable|terminating connection|the database system is (starting up|shutting down)/;

/** True for errors that mean PostgreSQL is down or restarting, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length && seen < 12; seen++) {
    const candidate = pending.shift() as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } } | null;
    if (!candidate || typeof candidate !== "object") continue;
    for (const code of [candidate.code, candidate.originalCode]) if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === "string" && MESSAGES.test(candidate.message)) return true;
    pending.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}

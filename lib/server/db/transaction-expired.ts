/**
 * A write that outlived its transaction's time limit (a very busy database), and PostgreSQL rolled it
 * back: Prisma's "transaction expired" (P2028), or PostgreSQL's "canceling statement due to statement
 * timeout" (57014) where limitStatementTime set the limit. Nothing was saved; the request was not wrong.
 */
export function isTransactionExpired(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } } | null;
  if (candidate?.code === "P2028" || candidate?.cause?.code === "P2028") return true;
  return postgresCode(error) === STATEMENT_TIMEOUT;
}

/**
 * Two writes to the same rows at the same moment that PostgreSQL could not both finish: a deadlock
 * (40P01) or a serialisation failure (40001). It rolled one back; nothing of it was saved.
 */
export function isWriteConflict(error: unknown): boolean {
  if ((error as { code?: unknown } | null)?.code === "P2034") return true;
  const code = postgresCode(error);
  return code === DEADLOCK || code === SERIALIZATION_FAILURE;
}

function postgresCode(error: unknown): unknown {
  const candidate = error as { cause?: { originalCode?: unknown }; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  return candidate?.meta?.driverAdapterError?.cause?.originalCode ?? candidate?.cause?.originalCode;
}

const STATEMENT_TIMEOUT = "57014";
const DEADLOCK = "40P01";
const SERIALIZATION_FAILURE = "40001";

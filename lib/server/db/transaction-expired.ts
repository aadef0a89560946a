/**
 * A write that outlived its transaction's time limit (a very busy database), and PostgreSQL rolled it
 * back: Prisma's "transaction expired" (P2028), or PostgreSQL's "canceling statement due to statement
 * timeout" (57014) where limitStatementTime set the limit. Nothing was saved; the request was not wrong.
 */
export function isTransactionExpired(error: unknown): boolean {
  const candidate = error as {
    code?: unknown;
    cause?: { code?: unknown; originalCode?: unknown };
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  } | null;
  if (candidate?.code === "P2028" || candidate?.cause?.code === "P2028") return true;
  const postgres = candidate?.meta?.driverAdapterError?.cause?.originalCode ?? candidate?.cause?.originalCode;
  return postgres === STATEMENT_TIMEOUT;
}

const STATEMENT_TIMEOUT = "57014";

/**
 * Prisma's "transaction expired" error (P2028): a write outlived its transaction's time limit (a very
 * busy database), and PostgreSQL rolled it back. Nothing was saved; the request was not wrong.
 */
export function isTransactionExpired(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return candidate?.code === "P2028" || candidate?.cause?.code === "P2028";
}

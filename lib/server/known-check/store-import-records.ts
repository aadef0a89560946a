import type { Prisma } from "@/lib/server/db/client";

/**
 * Stores an import's parsed reviews, a row each in document order, from the JSON array the worker
 * thread wrote: PostgreSQL reads the JSON, this thread only passes the string on (200,000 objects
 * cloned back from the worker and serialised again by Prisma held every team's requests for seconds).
 */
export async function storeImportRecords(tx: Prisma.TransactionClient, importId: string, recordsJson: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "KnownCheckImportRecord" ("importId", position, record)
    SELECT ${importId}::uuid, (r.ordinality - 1)::int, r.value FROM jsonb_array_elements(${recordsJson}::jsonb) WITH ORDINALITY AS r(value, ordinality)`;
}

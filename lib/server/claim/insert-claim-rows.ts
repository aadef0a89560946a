import { v7 as uuidv7 } from "uuid";
import { transactionOptions, type Prisma } from "@/lib/server/db/client";

// Prisma's createMany costs about a millisecond per claim row (14,000 claims of a 2 MB article took
// 15 s, past the 5 s transaction limit). One INSERT … SELECT from a JSON array per chunk lets
// PostgreSQL do the work: the same 14,000 rows in well under a second. Chunks keep each parameter
// (and the memory to build it) small.
const CHUNK = 2000;

const COLUMNS = `id uuid, "teamId" uuid, "articleId" uuid, "textVersion" int, start int, "end" int, text text,
  "matchText" text, kind "ClaimKind", checkworthiness double precision, checkworthy boolean, reasons jsonb,
  "suggestedWording" text, "claimantText" text, "claimantStart" int, "claimantEnd" int, entities jsonb, position int, language "Language"`;

const NAMES = COLUMNS.split(",").map((column) => column.trim().split(/\s+/)[0]).join(", ");

/** Inserts engine claim rows in chunks inside the caller's transaction; returns how many. */
export async function insertClaimRows(tx: Prisma.TransactionClient, rows: Prisma.ClaimCreateManyInput[]): Promise<number> {
  for (let offset = 0; offset < rows.length; offset += CHUNK) {
    const chunk = rows.slice(offset, offset + CHUNK).map((row) => ({ ...row, id: row.id ?? uuidv7() }));
    await tx.$executeRawUnsafe(
      `INSERT INTO "Claim" (${NAMES}, "updatedAt") SELECT ${NAMES}, now() FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})`,
      JSON.stringify(chunk),
    );
  }
  return rows.length;
}

/**
 * The transaction timeout for a write that inserts `claims` engine claims of a text of `textLength`
 * characters: the default limit, a second per thousand claims (the GIN indexes on wording and search
 * vector cost ~0.25 ms a row), and 4 s per million characters (the article's search vector and the
 * claims' trigram indexes grow with the text: a 1.7 MB text of 19 long claims took about 2 s on a
 * quiet machine and over 5 s while the whole test suite ran beside it). The largest article the body
 * limit allows commits on a busy machine too.
 */
export const claimInsertTimeout = (claims: number, textLength: number) => transactionOptions.timeout + claims + Math.ceil(textLength / 250);

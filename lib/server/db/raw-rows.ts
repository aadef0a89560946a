import pg from "pg";
import { pool, type Prisma } from "./client";

// The schema's timestamps are `timestamp(3)` without a zone and hold UTC (Prisma writes and reads
// them so); pg's own parser would read them in the server's local zone.
const TIMESTAMP = 1114;
const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? utcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Rows of a Prisma.sql query straight from the connection pool Prisma uses, with the values Prisma's
 * $queryRaw returns (Date for timestamps, parsed JSON, arrays, numbers for int4/float8). For the hot
 * reads that run on nearly every request: Prisma's raw query path (its query interpreter and per-value
 * mapping) cost more than the query itself there (`npm run bench:load`). Not for numeric or int8
 * columns, which Prisma returns as Decimal and BigInt; tests keep each use equal to Prisma's answer.
 */
export async function rawRows<T>(query: Prisma.Sql): Promise<T[]> {
  return (await pool.query({ text: query.text, values: query.values as unknown[], types })).rows as T[];
}

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { onShutdown } from "@/lib/server/lifecycle/shutdown";
import { PrismaClient } from "./generated/client";

export { Prisma } from "./generated/client";
export type Db = PrismaClient;

// One client (and one connection pool) per process, also across Next.js dev-server reloads.
const holder = globalThis as typeof globalThis & { factdeskDb?: PrismaClient; factdeskPool?: pg.Pool };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

// The process-wide pool is made here (not inside the adapter) so metrics can read how busy it is.
export const pool = (holder.factdeskPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL ?? "", max: 10 }));

// Prisma's defaults (2 s to get a connection, 5 s to finish) answered 503 to plain saves while
// large imports and exports kept the pool and the database busy (CI of stop 32: one revoke of a
// share link). A save that waits a little longer beats one the reviewer has to repeat; a write that
// needs more says so itself (claimInsertTimeout).
export const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

export const db: PrismaClient = (holder.factdeskDb ??= new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions }));

export const poolUse = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });

// Last when the server shuts down, after the work that writes through it has stopped.
onShutdown("closing", "database pool", () => db.$disconnect());

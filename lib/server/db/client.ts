import { PrismaPg } from "@prisma/adapter-pg";
import { onShutdown } from "@/lib/server/lifecycle/shutdown";
import { PrismaClient } from "./generated/client";

export { Prisma } from "./generated/client";
export type Db = PrismaClient;

// One client (and one connection pool) per process, also across Next.js dev-server reloads.
const holder = globalThis as typeof globalThis & { factdeskDb?: PrismaClient };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

export const db: PrismaClient = (holder.factdeskDb ??= createDb(process.env.DATABASE_URL ?? ""));

// Last when the server shuts down, after the work that writes through it has stopped.
onShutdown("closing", "database pool", () => db.$disconnect());

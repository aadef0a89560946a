import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/server/db/client";
import { jobQueueRunning } from "@/lib/server/jobs/queue";

export type CheckResult = "ok" | "failing";

export interface Readiness {
  ready: boolean;
  checks: { database: CheckResult; migrations: CheckResult; jobQueue: CheckResult };
  /** One sentence for the operator; fixed wording, so no connection string or driver message leaks. */
  reason?: string;
}

/** Whether this instance should get traffic: database reachable, every migration applied, queue started. */
export async function checkReadiness(): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    return { ready: false, checks: { database: "failing", migrations: "failing", jobQueue: queue() }, reason: "The database is not reachable." };
  }
  const pending = (await migrationNames()).filter((name) => !applied.has(name));
  const checks = { database: "ok" as const, migrations: pending.length ? "failing" as const : "ok" as const, jobQueue: queue() };
  if (pending.length) return { ready: false, checks, reason: `${pending.length} database migration(s) are not applied yet; run npm run db:migrate.` };
  if (checks.jobQueue !== "ok") return { ready: false, checks, reason: "The job queue is not running in this instance." };
  return { ready: true, checks };
}

const queue = (): CheckResult => (jobQueueRunning() ? "ok" : "failing");

async function migrationNames(): Promise<string[]> {
  // The migrations the running code expects: the folder it ships with (as scripts/db-migrate.ts reads it).
  const entries = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

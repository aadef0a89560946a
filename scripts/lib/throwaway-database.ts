import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded-postgres";
import { applyMigrations } from "@/lib/server/db/migrations";
import { buildWorkers } from "./build-workers";

/**
 * Runs `work` against a fresh, migrated embedded PostgreSQL in a temporary directory (DATABASE_URL
 * set for it), then removes it all: benchmarks never touch the real data.
 */
export async function withThrowawayDatabase(work: () => Promise<void>): Promise<void> {
  buildWorkers(); // services run their heavy work in worker threads loaded from this bundle
  const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-bench-"));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when this runs as root
  const postgres = await startEmbeddedPostgres(path.join(dataDir, "postgres"));
  try {
    await postgres.createDatabase("bench");
    const url = postgres.connectionString("bench");
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    await work();
  } finally {
    await postgres.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

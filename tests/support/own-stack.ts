import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashSecret, newSecret } from "@/lib/server/auth/secret-token";
import { createDb } from "@/lib/server/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/server/db/embedded-postgres";
import { applyMigrations } from "@/lib/server/db/migrations";
import { startAppServer } from "@/scripts/lib/start-app-server";
import { SUITE_WORKER_TIMEOUT_MS } from "./shared-server-env";

/**
 * A PostgreSQL and an app server of a test's own (the shared ones must not be stopped or killed),
 * with a team whose admin has an API token. The production build is the one the global setup made.
 */
export async function startOwnStack(label: string, options: { env?: Record<string, string>; onOutput?: (text: string) => void } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `factdesk-${label}-`));
  chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, "postgres");
  let postgres: RunningPostgres | null = await startEmbeddedPostgres(pgDir);
  const pgPort = postgres.port;
  await postgres.createDatabase(label);
  const databaseUrl = postgres.connectionString(label);
  await applyMigrations(databaseUrl);
  const db = createDb(databaseUrl);
  const team = await db.team.create({ data: { slug: label, name: `Team ${label}` } });
  const admin = await db.user.create({ data: { email: `admin@${label}.invalid`, name: "Admin", memberships: { create: { teamId: team.id, role: "admin" } } } });
  const token = newSecret("fdk");
  await db.apiToken.create({ data: { teamId: team.id, name: "stack", role: "admin", tokenHash: hashSecret(token), prefix: token.slice(0, 8), createdById: admin.id } });

  // The suite's worker time limit, unless the test sets its own.
  const env = { FACTDESK_WORKER_TIMEOUT_MS: SUITE_WORKER_TIMEOUT_MS, ...options.env };
  let app = await startAppServer(databaseUrl, env, undefined, options.onOutput);
  const { port, base: baseUrl } = app;
  return {
    db,
    databaseUrl,
    teamId: team.id,
    baseUrl,
    token,
    /** The running app server (its `exited` promise tells how it ended). */
    app: () => app,
    startApp: async () => {
      app = await startAppServer(databaseUrl, env, port, options.onOutput);
    },
    /** SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill. */
    killApp: () => app.kill(),
    stopPostgres: async () => {
      await postgres?.stop();
      postgres = null;
    },
    startPostgres: async () => {
      postgres = await startEmbeddedPostgres(pgDir, () => {}, pgPort);
    },
    async close() {
      // A clean stop first (it still writes to the database), a kill if it takes too long.
      app.stop();
      if (!(await Promise.race([app.exited.then(() => true), new Promise((resolve) => setTimeout(resolve, 15_000, false))]))) app.kill();
      await db.$disconnect().catch(() => {});
      await postgres?.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

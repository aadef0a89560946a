import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import getPort from "get-port";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/server/db/migrations";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded-postgres";
import { buildIfStale, serveScript } from "@/scripts/lib/build-if-stale";
import { ensurePrismaClient } from "@/scripts/lib/prisma-client";
import { sharedServerJobEnv } from "./shared-server-env";
import { DEMO_PASSWORD, METRICS_TOKEN } from "./test-constants";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    baseUrl: string;
    /** Where the app server sends mail; a test listens there with its own SMTP server (nothing does otherwise). */
    smtpPort: number;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

/**
 * One run, one fresh PostgreSQL: a new embedded cluster in a temporary directory, migrated and seeded
 * exactly as a first start would, and the production build served by scripts/serve.mjs (`next start` plus the socket address) against it.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-test-"));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when the tests run as root
  const postgres = await startEmbeddedPostgres(path.join(dataDir, "postgres"));
  let server: ChildProcess | undefined;
  const teardown = async () => {
    // The server stops cleanly (hands back jobs, closes its connections) before PostgreSQL goes.
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    await postgres.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await postgres.createDatabase("factdesk_test");
    const databaseUrl = postgres.connectionString("factdesk_test");
    await applyMigrations(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;

    const { db } = await import("@/lib/server/db/client");
    const { seedDemo } = await import("@/lib/server/seed/seed-demo");
    await seedDemo(db, { password: DEMO_PASSWORD, seedDir: path.join(root, "prisma", "seed") });
    await db.$disconnect();

    ensurePrismaClient();
    buildIfStale();
    const port = await getPort();
    const smtpPort = await getPort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [serveScript(), "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: baseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        ...sharedServerJobEnv(smtpPort),
        FACTDESK_METRICS_TOKEN: METRICS_TOKEN,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
      },
    });
    await waitForServer(baseUrl);
    project.provide("databaseUrl", databaseUrl);
    project.provide("baseUrl", baseUrl);
    project.provide("smtpPort", smtpPort);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function waitForServer(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/v1/articles`);
      if (response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The test server at ${baseUrl} did not come up within 60 s`);
}

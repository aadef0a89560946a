import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import getPort from "get-port";
import { serveScript } from "./build-if-stale";
import { root } from "./prepare-database";

/**
 * The production server (scripts/serve.mjs over the existing production build) on a free port against
 * `databaseUrl`, ready to use. `onOutput` receives its standard output (the JSON log lines).
 */
export async function startAppServer(databaseUrl: string, env: Record<string, string> = {}, port?: number, onOutput?: (text: string) => void) {
  port ??= await getPort();
  const base = `http://127.0.0.1:${port}`;
  const profile = process.env.BENCH_SERVER_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, serveScript(), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", onOutput ? "pipe" : process.env.FACTDESK_SERVER_STDOUT ? "inherit" : "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), ...env },
  });
  child.stdout?.setEncoding("utf8").on("data", (text: string) => onOutput?.(text));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}/api/v1/articles`).then((response) => response.status === 401, () => false)) {
      return { base, port, exited, stop: () => child.kill("SIGTERM"), kill: () => child.kill("SIGKILL") };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error("The app server did not start within 60 s");
}

/** A signed-in session cookie for `email`, through next-auth's credentials sign-in. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const first = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: first.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  return [...first, ...response.headers.getSetCookie().map((cookie) => cookie.split(";")[0])].join("; ");
}

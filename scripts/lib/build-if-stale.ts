import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildWorkers } from "./build-workers";
import { root } from "./prepare-database";

// What the production build is made from; a change to any of these makes the build stale.
const INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.js", "proxy.ts", "instrumentation.ts",
  "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const stampFile = () => path.join(root, ".next", "factdesk-build-inputs");

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(full).sort()) {
    if (!SKIP.has(child)) yield* files(path.join(entry, child));
  }
}

export function buildInputsHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) hash.update(file).update("\0").update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

/**
 * Runs `next build` when there is no build or its inputs changed since; exits on failure. The worker
 * threads' bundle is made every time (it takes well under a second).
 */
export function buildIfStale(): void {
  buildWorkers();
  const current = buildInputsHash();
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile())
    ? readFileSync(stampFile(), "utf8")
    : null;
  if (built === current) {
    console.log("▸ Production build is up to date");
    return;
  }
  console.log(built ? "▸ Sources changed: rebuilding…" : "▸ No production build yet: building (about a minute)…");
  // A newsroom tool does not phone home: Next.js telemetry stays off for every build.
  const result = spawnSync(process.execPath, [nextBin(), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("✖ next build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile(), current);
}

/** The production server (scripts/serve.mjs): `next start` plus the socket address for rate limits. */
export function serveScript(): string {
  return path.join(root, "scripts", "serve.mjs");
}

export function nextBin(): string {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

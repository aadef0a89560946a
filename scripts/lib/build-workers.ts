import { existsSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { root } from "./prepare-database";

// The worker threads' entry is bundled into one plain CommonJS file outside the Next.js build: the
// server loads it by absolute path at run time, so Turbopack never has to find or bundle a worker.
// pdfkit stays in node_modules because it reads its font metrics from files beside its code.

export const WORKER_BUNDLE = path.join(root, ".workers", "heavy-tasks.cjs");

export function buildWorkers(): void {
  buildSync({
    entryPoints: [path.join(root, "lib", "server", "workers", "heavy-tasks.ts")],
    outfile: WORKER_BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["pdfkit"],
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
}

export const workersBuilt = () => existsSync(WORKER_BUNDLE);

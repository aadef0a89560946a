import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/worker-env.ts"],
    // Timeouts only catch a hang; they are no speed targets (those are the benchmarks). A quiet machine
    // runs every test in well under a third of them, so the suite also passes with both cores busy.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // expect.poll's own default (1 s) is no hang guard but a speed target: a language switch under load
    // took longer once. Polls wait up to 30 s unless a test says otherwise.
    expect: { poll: { timeout: 30_000 } },
    // Browser tests and HTTP tests share one production server; two workers keep a 2-core machine responsive.
    maxWorkers: 2,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});

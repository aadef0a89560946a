import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with one plain "N passed, N failed, N skipped" line that any CI log reader understands.
 * A test file that fails before any test runs (a throwing import or hook) counts as failed too, so the
 * line never says "0 failed" for a red run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0, failedFiles: 0 };
    for (const module of testModules) {
      if (module.state() === "failed") counts.failedFiles++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
    }
    const files = counts.failedFiles ? `, ${counts.failedFiles} test files failed` : "";
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${files}`);
  }
}

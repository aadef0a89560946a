/** Latencies per endpoint, and a table of percentiles, throughput and errors. */
export class LatencyStats {
  private readonly samples = new Map<string, { times: number[]; errors: number; conflicts: number }>();

  record(endpoint: string, milliseconds: number, status: number) {
    const entry = this.samples.get(endpoint) ?? { times: [], errors: 0, conflicts: 0 };
    entry.times.push(milliseconds);
    if (status === 0 || status >= 500) entry.errors++;
    if (status === 409) entry.conflicts++;
    this.samples.set(endpoint, entry);
  }

  table(seconds: number): string {
    const rows = [["endpoint", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "409s"]];
    let total = 0;
    let errors = 0;
    for (const [endpoint, entry] of [...this.samples].sort()) {
      const sorted = [...entry.times].sort((a, b) => a - b);
      total += sorted.length;
      errors += entry.errors;
      rows.push([endpoint, String(sorted.length), (sorted.length / seconds).toFixed(1), ...[0.5, 0.95, 0.99].map((p) => percentile(sorted, p).toFixed(1)), String(entry.errors), String(entry.conflicts)]);
    }
    rows.push(["all", String(total), (total / seconds).toFixed(1), "", "", "", String(errors), ""]);
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")).join("\n");
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

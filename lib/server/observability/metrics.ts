import { Counter, Gauge, type Registry } from "prom-client";
import { observability } from "./shared";

// Application metrics beside the request metrics of scripts/serve/request-log.mjs, in the same
// per-process registry. Gauges are read when Prometheus scrapes, so nothing runs between scrapes.

function counter(name: string, help: string, labelNames: string[]): Counter {
  const registry = observability().registry;
  return (registry.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames, registers: [registry] });
}

export function countSignInFailure(reason: "credentials" | "rate-limited"): void {
  counter("factdesk_sign_in_failures_total", "Refused sign-ins: wrong email or password, or refused by the rate limit", ["reason"]).inc({ reason });
}

export function countJob(queue: string, outcome: "completed" | "failed"): void {
  counter("factdesk_jobs_total", "Jobs this instance finished, by queue and outcome", ["queue", "outcome"]).inc({ queue, outcome });
}

export interface GaugeSources {
  pool: () => { total: number; idle: number; waiting: number };
  queueDepth: () => Promise<Record<string, { queued: number; failed: number }>>;
  liveStreams: () => number;
}

/** Registers the scrape-time gauges once per process. */
export function registerGauges(sources: GaugeSources): Registry {
  const registry = observability().registry;
  if (registry.getSingleMetric("factdesk_db_pool_connections")) return registry;
  new Gauge({
    name: "factdesk_db_pool_connections",
    help: "Database pool of this instance: open, idle, and requests waiting for a connection",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = sources.pool();
      this.set({ state: "open" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
  // The queue is shared by every instance; a scrape of any instance reads the same numbers.
  new Gauge({
    name: "factdesk_job_queue_jobs",
    help: "Jobs in the shared queue, by queue and state (queued, failed)",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      for (const [queue, depth] of Object.entries(await sources.queueDepth().catch(() => ({})))) {
        this.set({ queue, state: "queued" }, depth.queued);
        this.set({ queue, state: "failed" }, depth.failed);
      }
    },
  });
  new Gauge({
    name: "factdesk_live_streams",
    help: "Open live-update streams (/api/v1/events) on this instance",
    registers: [registry],
    collect() {
      this.set(sources.liveStreams());
    },
  });
  return registry;
}

// scripts/serve.mjs runs Next.js in this process but outside its bundle, so the two share only
// globals: bundled code registers here what must be stopped when the instance shuts down, and the
// server (scripts/serve/shutdown-hooks.mjs, same symbol) runs it. Nothing here runs under tests or
// scripts that import these modules: without the server, no one calls the hooks.

/**
 * The phases of a shutdown, in order: `stopping` starts as the instance stops taking requests (close
 * event streams, stop fetching jobs); `drained` runs once requests in flight have been answered (or
 * the grace period ran out: stop the job queue, close LISTEN); `closing` runs last (the pool).
 */
export type ShutdownPhase = "stopping" | "drained" | "closing";

type Hook = (budgetMs: number) => unknown;

interface ShutdownRegistry {
  hooks: Record<ShutdownPhase, Map<string, Hook>>;
  /** Aborted when the instance starts to stop. */
  stopping: AbortController;
}

const KEY = Symbol.for("factdesk.shutdown");

function registry(): ShutdownRegistry {
  const holder = globalThis as typeof globalThis & { [KEY]?: ShutdownRegistry };
  return (holder[KEY] ??= { hooks: { stopping: new Map(), drained: new Map(), closing: new Map() }, stopping: new AbortController() });
}

/** Registers (or replaces, by name) what to do in a phase; the hook gets the milliseconds left for it. */
export function onShutdown(phase: ShutdownPhase, name: string, hook: Hook): void {
  registry().hooks[phase].set(name, hook);
}

/** Aborted when this instance begins to shut down: long-lived work (event streams, job workers) ends itself. */
export function shutdownSignal(): AbortSignal {
  return registry().stopping.signal;
}

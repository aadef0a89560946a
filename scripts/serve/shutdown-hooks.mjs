// The server's side of lib/server/lifecycle/shutdown.ts: the same global registry, reached by the
// same symbol, since this file runs outside the Next.js bundle that registers the hooks.

const KEY = Symbol.for("factdesk.shutdown");

function registry() {
  return (globalThis[KEY] ??= { hooks: { stopping: new Map(), drained: new Map(), closing: new Map() }, stopping: new AbortController() });
}

/** Runs every hook of a phase at once and waits for them all; a failing hook is reported, not fatal. */
export async function runShutdownPhase(phase, budgetMs) {
  if (phase === "stopping") registry().stopping.abort();
  const hooks = [...registry().hooks[phase]];
  await Promise.all(hooks.map(async ([name, hook]) => {
    try {
      await hook(Math.max(1_000, budgetMs));
    } catch (error) {
      console.error(`shutdown: ${name}: ${error instanceof Error ? error.message : error}`);
    }
  }));
}

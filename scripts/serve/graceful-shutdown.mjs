// Clean shutdown on SIGTERM/SIGINT (a deploy, a scale-down, Ctrl-C): stop taking connections, answer
// the requests in flight within FACTDESK_SHUTDOWN_GRACE_MS, end event streams (they never end by
// themselves), hand running jobs back to the queue, close LISTEN and the pool, exit 0.
import { runShutdownPhase } from "./shutdown-hooks.mjs";

const graceMs = () => {
  const value = Number(process.env.FACTDESK_SHUTDOWN_GRACE_MS);
  return Number.isFinite(value) && value >= 0 ? value : 10_000;
};

/** @param {import("node:http").Server} server */
export function handleShutdownSignals(server) {
  /** Requests not yet answered, per socket: a socket without any is idle and may be closed. */
  const busy = new Map();
  const unanswered = new Set();
  let stopping = false;

  server.on("request", (req, res) => {
    const socket = req.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    unanswered.add(res);
    // From now on every answer says the connection ends with it, so no client sends another request on it.
    if (stopping) res.setHeader("connection", "close");
    res.once("close", () => {
      unanswered.delete(res);
      const left = (busy.get(socket) ?? 1) - 1;
      if (left > 0) return void busy.set(socket, left);
      busy.delete(socket);
      if (stopping) socket.end();
    });
  });

  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    const grace = graceMs();
    console.log(`▸ ${signal}: stopping (answering requests in flight for up to ${grace / 1000} s)`);
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    for (const res of unanswered) if (!res.headersSent) res.setHeader("connection", "close");
    await runShutdownPhase("stopping", grace);
    const timer = setTimeout(() => server.closeAllConnections(), Math.max(0, grace - (Date.now() - started)));
    await closed;
    clearTimeout(timer);
    const drainedAt = Date.now();
    // Jobs get what is left of the grace period, at least a second.
    await runShutdownPhase("drained", grace - (drainedAt - started));
    await runShutdownPhase("closing", 1_000);
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`▸ Stopped in ${seconds(Date.now() - started)} (requests ${seconds(drainedAt - started)}, jobs and connections ${seconds(Date.now() - drainedAt)})`);
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

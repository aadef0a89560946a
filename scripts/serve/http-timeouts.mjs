// Connection timeouts of the node:http server, set on purpose rather than left at Node's defaults.
//
// Node closes an idle keep-alive connection after 5 s and tells the client so (`Keep-Alive:
// timeout=5`); undici (fetch) reuses a socket until one second before that hint, proxies (nginx,
// load balancers) keep theirs 60 s or more without reading it. When a client reuses a socket just as
// the server closes it — a proxy after 5 s idle, or a client whose event loop was busy for a second —
// the request meets a reset (`fetch failed`, a 502 from the proxy). So: idle connections live longer
// than common proxies keep theirs, and a little longer than the hint says, as Node 24 does with
// `keepAliveTimeoutBuffer`.

const positive = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** Idle keep-alive time the server announces (FACTDESK_KEEP_ALIVE_TIMEOUT_MS, default 65 s: above the 60 s of common proxies). */
export const keepAliveTimeoutMs = () => positive("FACTDESK_KEEP_ALIVE_TIMEOUT_MS", 65_000);
/** How much longer than announced an idle connection really stays open, for a client that reuses it late. */
const KEEP_ALIVE_BUFFER_MS = 5_000;

/** @param {import("node:http").Server} server */
export function applyHttpTimeouts(server) {
  server.keepAliveTimeout = keepAliveTimeoutMs();
  // Must exceed keepAliveTimeout, or a connection idle past headersTimeout is cut mid-request.
  server.headersTimeout = server.keepAliveTimeout + KEEP_ALIVE_BUFFER_MS + 1_000;
  // A whole request (headers and body): long enough for a 50 MB bulk import on a slow uplink.
  server.requestTimeout = positive("FACTDESK_REQUEST_TIMEOUT_MS", 300_000);
  server.on("request", (req, res) => {
    // Node arms the idle timer (keepAliveTimeout) when a response finishes, in a listener added before
    // this one; re-arming it here keeps the socket the buffer longer than the hint the client got.
    res.once("finish", () => {
      if (!res.shouldKeepAlive || req.socket.destroyed) return;
      req.socket.setTimeout(server.keepAliveTimeout + KEEP_ALIVE_BUFFER_MS);
    });
  });
}

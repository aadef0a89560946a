// The production server: Next.js behind a plain node:http server, for one reason — route handlers
// (and next-auth's authorize) never see the TCP peer's address, and the X-Forwarded-For that
// Next.js adds is only filled in when the client did not send one. This layer writes the socket's
// address into PEER_HEADER on every request, overwriting whatever the client sent, so rate limits
// can trust it (lib/server/http/client-address.ts). Usage: node scripts/serve.mjs -p PORT [-H HOST]
// Connection timeouts and the clean shutdown live in scripts/serve/.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { answerClientErrors } from "./serve/client-error.mjs";
import { coalesceResponseWrites } from "./serve/coalesce-writes.mjs";
import { handleShutdownSignals } from "./serve/graceful-shutdown.mjs";
import { refuseMalformedPath, refuseUnsupportedMethod } from "./serve/malformed-path.mjs";
import { explainMethodNotAllowed } from "./serve/method-not-allowed.mjs";
import { applyHttpTimeouts } from "./serve/http-timeouts.mjs";
import { observeRequests } from "./serve/request-log.mjs";

// A newsroom tool does not phone home, however this server was started.
process.env.NEXT_TELEMETRY_DISABLED = "1";

const PEER_HEADER = "x-factdesk-peer-address";

const arg = (flag) => {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H");

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
const observe = observeRequests(path.join(import.meta.dirname, "..", ".next"));
const explain405 = explainMethodNotAllowed(path.join(import.meta.dirname, ".."));

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "unknown";
  observe(req, res);
  coalesceResponseWrites(res);
  explain405(req, res);
  if (refuseUnsupportedMethod(req, res) || refuseMalformedPath(req, res)) return;
  void handle(req, res);
});
applyHttpTimeouts(server);
answerClientErrors(server);
handleShutdownSignals(server);
server.listen(port, hostname, () => {
  console.log(`▸ Factdesk listening on http://${hostname ?? "localhost"}:${port}`);
});

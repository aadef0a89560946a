import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A tiny reverse proxy in front of several app instances, as a load balancer would be: each request
 * goes to the next instance in turn, with the client's address appended to X-Forwarded-For (so the
 * instances run with FACTDESK_TRUST_PROXY=true), bodies streamed both ways (event streams too).
 */
export async function startRoundRobinProxy(targets: string[]) {
  const upstream = new Agent({ keepAlive: true });
  const served = new Map<string, number>(targets.map((target) => [target, 0]));
  let next = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = new URL(targets[next++ % targets.length]!);
    served.set(target.origin, (served.get(target.origin) ?? 0) + 1);
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const outgoing = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, agent: upstream, headers: { ...req.headers, "x-forwarded-for": forwardedFor } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    outgoing.on("error", () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    res.on("close", () => outgoing.destroy());
    req.pipe(outgoing);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Requests relayed to each instance, by its origin. */
    served: () => Object.fromEntries(served),
    close: () => {
      server.closeAllConnections();
      upstream.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

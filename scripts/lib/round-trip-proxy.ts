import net from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that counts the app's round trips: each simple query ('Q') and
 * each Sync ('S', which ends an extended-protocol exchange and waits for the server) is one. The job
 * queue's connections (application_name "pgboss") poll on their own schedule and are not counted.
 */
export async function startRoundTripProxy(target: { host: string; port: number }) {
  let roundTrips = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    // Without this, Nagle's algorithm meets delayed ACKs and larger answers stall ~40 ms in the proxy.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    let counted = true;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          if (code === 196608) {
            counted = !buffer.subarray(8, length).toString("utf8").split("\0").join("=").includes("application_name=pgboss");
            started = true;
          }
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1) + 1;
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]!);
        if (counted && (type === "Q" || type === "S")) roundTrips++;
        buffer = buffer.subarray(length);
      }
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    roundTrips: () => roundTrips,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

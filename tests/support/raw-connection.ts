import { connect } from "node:net";

/**
 * One TCP connection to the server, used the way a proxy's connection pool uses it: several HTTP/1.1
 * requests one after another on the same socket, with whatever idle time the test chooses between
 * them (fetch would decide for itself when to open a new one).
 */
export async function openRawConnection(base: string) {
  const url = new URL(base);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let buffer = "";
  let ended: string | null = null;
  let wake = () => {};
  socket.setEncoding("latin1");
  socket.on("data", (chunk: string) => ((buffer += chunk), wake()));
  socket.on("error", (error: NodeJS.ErrnoException) => ((ended ??= error.code ?? error.message), wake()));
  socket.on("close", () => ((ended ??= "closed by the server"), wake()));

  const complete = () => {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return false;
    const head = buffer.slice(0, end);
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (length) return buffer.length >= end + 4 + Number(length[1]);
    return /\r\ntransfer-encoding:\s*chunked/i.test(head) ? buffer.endsWith("0\r\n\r\n") : true;
  };

  return {
    /** Sends GET `path` on this connection; resolves with the status and headers, or rejects with why the connection gave no answer. */
    async get(path: string): Promise<{ status: number; headers: Record<string, string> }> {
      buffer = "";
      if (ended) throw new Error(`connection already ended: ${ended}`);
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);
      const deadline = Date.now() + 15_000;
      while (!complete()) {
        if (ended) throw new Error(`no answer: ${ended}`);
        if (Date.now() > deadline) throw new Error("no answer within 15 s");
        await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 100)));
      }
      const [statusLine, ...lines] = buffer.slice(0, buffer.indexOf("\r\n\r\n")).split("\r\n");
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      return { status: Number(statusLine!.split(" ")[1]), headers };
    },
    close: () => socket.destroy(),
  };
}

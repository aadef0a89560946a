// Next.js writes a response in three socket writes: the headers on their own (flushHeaders), then
// the body, then the end of the chunked encoding. Each write is a system call that wakes the client,
// and under load those wake-ups were a large share of the server's time. Holding the socket's writes
// until the end of this turn of the event loop sends a JSON answer in one write; streamed answers
// (event streams, exports) lose nothing, their later chunks go out as before.

/** @param {import("node:http").ServerResponse} res */
export function coalesceResponseWrites(res) {
  const flushHeaders = res.flushHeaders;
  res.flushHeaders = function coalescedFlushHeaders() {
    const socket = this.socket;
    if (socket && !socket.destroyed && !this.headersSent) {
      socket.cork();
      setImmediate(() => socket.uncork());
    }
    return flushHeaders.call(this);
  };
}

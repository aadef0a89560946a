// A response body written one piece at a time, with a turn of the event loop before each piece: a
// report of tens of thousands of claims built in one go held the server's only thread for seconds
// (an outlet CSV of 109,000 claims: 4.5 s, hostile probe of stop 31), and every other client waited.
// Pieces are made only as the client reads, so a slow reader also holds no more than one in memory.

/** A byte stream of `pieces` (strings, made lazily by a generator), one piece per pull; `onDone` once it ends, fails or is cancelled. */
export function piecesStream(pieces: Iterable<string> | AsyncIterable<string>, onDone: () => void = () => {}): ReadableStream<Uint8Array> {
  const iterator = Symbol.asyncIterator in pieces ? pieces[Symbol.asyncIterator]() : pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    // Each pull must enqueue something or close: a pull that adds nothing is not repeated.
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve));
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done) {
            onDone();
            return controller.close();
          }
          if (next.value) return controller.enqueue(encoder.encode(next.value));
        }
      } catch (error) {
        onDone();
        throw error;
      }
    },
    async cancel() {
      onDone();
      await iterator.return?.();
    },
  });
}

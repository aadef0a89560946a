// A large JSON answer written in pieces. JSON.stringify of an article with tens of thousands of claims
// (40 MB) held the server's only thread for seconds, and every other client waited; written a batch
// of items at a time, with a turn of the event loop between batches, others are served in between.

const ITEMS_PER_PIECE = 500;
const HOLE = "\u0000items\u0000";

/**
 * `value` as JSON text in pieces: the array `items` stands where `value` holds the marker returned by
 * `placeholder()` (the rest is small and written at once). `indent` as JSON.stringify's third argument.
 */
export function jsonStream(value: unknown, items: readonly unknown[], indent = 0): ReadableStream<Uint8Array> {
  const text = JSON.stringify(value, null, indent);
  const at = text.indexOf(JSON.stringify(HOLE));
  if (at === -1) throw new Error("jsonStream: the value holds no placeholder");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const pad = indent ? text.slice(lineStart, lineStart + (text.slice(lineStart).search(/\S/))) : "";
  const open = indent && items.length ? `[\n${pad}${" ".repeat(indent)}` : "[";
  const separator = indent ? `,\n${pad}${" ".repeat(indent)}` : ",";
  const close = indent && items.length ? `\n${pad}]` : "]";
  const item = (entry: unknown) => (indent ? JSON.stringify(entry, null, indent).replaceAll("\n", `\n${pad}${" ".repeat(indent)}`) : JSON.stringify(entry));
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(text.slice(0, at) + open));
    },
    async pull(controller) {
      // A turn of the event loop first: other requests' callbacks run before the next batch.
      await new Promise((resolve) => setImmediate(resolve));
      const end = Math.min(items.length, next + ITEMS_PER_PIECE);
      let piece = "";
      for (let i = next; i < end; i++) piece += (i > 0 ? separator : "") + item(items[i]);
      next = end;
      if (next >= items.length) {
        controller.enqueue(encoder.encode(piece + close + text.slice(at + JSON.stringify(HOLE).length)));
        controller.close();
      } else {
        controller.enqueue(encoder.encode(piece));
      }
    },
  });
}

/** The marker to put where jsonStream writes its items. */
export const placeholder = () => HOLE;

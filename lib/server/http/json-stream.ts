import { piecesStream } from "./pieces-stream";

// A large JSON answer written in pieces. JSON.stringify of an article with tens of thousands of claims
// (40 MB) held the server's only thread for seconds, and every other client waited; written a batch
// of items at a time, with a turn of the event loop between batches, others are served in between.

export const ITEMS_PER_PIECE = 500;
const HOLE = "\u0000items\u0000";

const plainJson = (value: unknown, indent: number) => JSON.stringify(value, null, indent);

/**
 * `value` as JSON text in pieces: the array `items` stands where `value` holds the marker returned by
 * `placeholder()` (the rest is small and written at once). `indent` as JSON.stringify's third argument;
 * `stringifyItem` writes one item (JSON.stringify unless given: the pieces add up to JSON.stringify's text).
 */
export function* jsonPieces<T>(value: unknown, items: readonly T[], indent = 0, stringifyItem: (item: T, indent: number) => string = plainJson): Generator<string> {
  const text = JSON.stringify(value, null, indent);
  const at = text.indexOf(JSON.stringify(HOLE));
  if (at === -1) throw new Error("jsonPieces: the value holds no placeholder");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const pad = indent ? text.slice(lineStart, lineStart + text.slice(lineStart).search(/\S/)) : "";
  const inner = `${pad}${" ".repeat(indent)}`;
  const open = indent && items.length ? `[\n${inner}` : "[";
  const separator = indent ? `,\n${inner}` : ",";
  const close = indent && items.length ? `\n${pad}]` : "]";
  const item = (entry: T) => (indent ? stringifyItem(entry, indent).replaceAll("\n", `\n${inner}`) : stringifyItem(entry, 0));
  let piece = text.slice(0, at) + open;
  for (let next = 0; next < items.length; next += ITEMS_PER_PIECE) {
    const end = Math.min(items.length, next + ITEMS_PER_PIECE);
    for (let i = next; i < end; i++) piece += (i > 0 ? separator : "") + item(items[i]!);
    yield piece;
    piece = "";
  }
  yield piece + close + text.slice(at + JSON.stringify(HOLE).length);
}

/** jsonPieces as a response body, a piece per turn of the event loop. */
export function jsonStream(value: unknown, items: readonly unknown[], indent = 0, onDone?: () => void): ReadableStream<Uint8Array> {
  return piecesStream(jsonPieces(value, items, indent), onDone);
}

/** The marker to put where jsonPieces writes its items. */
export const placeholder = () => HOLE;

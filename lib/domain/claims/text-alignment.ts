import { diffArrays } from "diff";
import type { Span } from "./types";

// Which sentences an edit left as they were, and where they went: the old and the new text cut after each
// sentence end (or line break) and compared piece by piece, as a line diff compares lines.

/** Past this many pieces added or removed the edit rewrote the text; no alignment is worth its cost then. */
const MAX_EDITED_PIECES = 400;
/** And past this much time (a few hundred milliseconds) either. */
const MAX_DIFF_MS = 500;
const PIECE_END = /[.!?…][“”"»«’)\]]*\s+|\n+/g;

interface Pieces {
  texts: string[];
  starts: number[];
}

function piecesOf(text: string): Pieces {
  const texts: string[] = [];
  const starts: number[] = [];
  let start = 0;
  PIECE_END.lastIndex = 0;
  for (let match = PIECE_END.exec(text); match; match = PIECE_END.exec(text)) {
    const end = match.index + match[0].length;
    texts.push(text.slice(start, end));
    starts.push(start);
    start = end;
  }
  if (start < text.length) {
    texts.push(text.slice(start));
    starts.push(start);
  }
  return { texts, starts };
}

export interface TextAlignment {
  /** Where an old span stands in the new text, when every piece it touches was left as it was (and moved together). */
  moved(span: Span): Span | null;
}

/**
 * The alignment of two versions of a text, or null when the edit changed too much to align cheaply (every
 * sentence rewritten): "X" for the first letter and "!" for the last one moves nothing else, so each unchanged
 * copy of a sentence repeated 40,000 times keeps its claim (hostile probe of stop 36: the claims shifted by one copy).
 */
export function alignTexts(oldText: string, newText: string): TextAlignment | null {
  const before = piecesOf(oldText);
  const after = piecesOf(newText);
  const diffed = shifts(before, after);
  if (!diffed) return null;
  // Copies of one sentence can be matched up in more than one way (a diff keeps as many as it can, not where they
  // were): a piece found at its old place, counted from the start or from the end, stays there.
  const delta = newText.length - oldText.length;
  const inPlace = before.texts.map((piece, i) => {
    const start = before.starts[i]!;
    if (newText.startsWith(piece, start)) return 0;
    return newText.startsWith(piece, start + delta) ? delta : Number.NaN;
  });
  const heldInPlace = new Set(inPlace.flatMap((by, i) => (Number.isNaN(by) ? [] : [before.starts[i]! + by])));
  // The diff's match for the others, unless a piece that stayed in place holds that spot.
  const shift = inPlace.map((by, i) => (!Number.isNaN(by) ? by : heldInPlace.has(before.starts[i]! + diffed[i]!) ? Number.NaN : diffed[i]!));
  return {
    moved(span) {
      const first = pieceAt(before.starts, span.start);
      const last = pieceAt(before.starts, Math.max(span.start, span.end - 1));
      const by = shift[first]!;
      if (Number.isNaN(by)) return null;
      for (let i = first + 1; i <= last; i++) if (shift[i] !== by) return null;
      return { start: span.start + by, end: span.end + by };
    },
  };
}

/** For each old piece, how far the diff moves it (NaN: removed or changed); null when the edit is too large to diff. */
function shifts(before: Pieces, after: Pieces): number[] | null {
  const changes = diffArrays(before.texts, after.texts, { maxEditLength: MAX_EDITED_PIECES, timeout: MAX_DIFF_MS });
  if (!changes) return null;
  const shift = new Array<number>(before.texts.length).fill(Number.NaN);
  let oldIndex = 0;
  let newIndex = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) newIndex += count;
    else if (change.removed) oldIndex += count;
    else {
      for (let i = 0; i < count; i++) shift[oldIndex + i] = after.starts[newIndex + i]! - before.starts[oldIndex + i]!;
      oldIndex += count;
      newIndex += count;
    }
  }
  return shift;
}

/** The index of the piece that holds offset `at` (the last piece starting at or before it). */
function pieceAt(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

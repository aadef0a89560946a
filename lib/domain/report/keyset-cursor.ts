// A page cursor of a keyset (an instant and a row id) as base64url("<ISO instant>|<uuid>"): read back only in
// exactly the form it was written in, so a tampered cursor ("2026-02-30…", "0|…", an offset or nanoseconds) is
// refused instead of being read as some other instant (hostile probe of stop 39).

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export interface KeysetCursor {
  at: Date;
  id: string;
}

export function encodeKeysetCursor({ at, id }: KeysetCursor): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

/** The cursor's instant and id, or null when it is not one this app wrote. */
export function decodeKeysetCursor(value: string): KeysetCursor | null {
  const match = CURSOR.exec(Buffer.from(value, "base64url").toString("utf8"));
  if (!match) return null;
  const at = new Date(match[1]!);
  // "2026-02-30T…" parses as 2 March: only an instant that writes back as given is one. PostgreSQL has no year 0
  // ("0000-01-01…" answered 500 from the feed: re-probe of stop 39).
  return !Number.isNaN(at.getTime()) && at.toISOString() === match[1] && at.getUTCFullYear() >= 1 ? { at, id: match[2]!.toLowerCase() } : null;
}

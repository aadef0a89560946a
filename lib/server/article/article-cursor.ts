import { AppError } from "@/lib/server/errors";
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/domain/report/keyset-cursor";
import { inStorableYears } from "@/lib/validations/common";

// Keyset cursors over (importedAt, id): stable and fast however deep the archive is paged.

export interface ArticleCursor {
  importedAt: Date;
  id: string;
}

export function encodeCursor(cursor: ArticleCursor): string {
  return encodeKeysetCursor({ at: cursor.importedAt, id: cursor.id });
}

export function decodeCursor(value: string): ArticleCursor {
  const cursor = decodeKeysetCursor(value);
  // A year outside 1…9999 ("0000-01-01") answered 500 from the database (probe of stop 30).
  if (!cursor || !inStorableYears(cursor.at.getTime())) {
    throw new AppError("INVALID_INPUT", "The page cursor is not valid; start again from the first page.");
  }
  return { importedAt: cursor.at, id: cursor.id };
}

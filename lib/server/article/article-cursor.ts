import { AppError } from "@/lib/server/errors";
import { inStorableYears } from "@/lib/validations/common";

// Keyset cursors over (importedAt, id): stable and fast however deep the archive is paged.

export interface ArticleCursor {
  importedAt: Date;
  id: string;
}

export function encodeCursor(cursor: ArticleCursor): string {
  return Buffer.from(`${cursor.importedAt.toISOString()}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string): ArticleCursor {
  const [at, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const importedAt = new Date(at ?? "");
  // A year outside 1…9999 ("0000-01-01", "-271821-…") answered 500 from the database (probe of stop 30).
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || !inStorableYears(importedAt.getTime())) {
    throw new AppError("INVALID_INPUT", "The page cursor is not valid; start again from the first page.");
  }
  return { importedAt, id };
}

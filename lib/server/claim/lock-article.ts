import type { Prisma } from "@/lib/server/db/client";

/**
 * Takes the article's row lock for the rest of the transaction. Changes to an article's claims that
 * check the claims already there (no overlap) or the text they are read from (its version) would
 * otherwise race: two marks at once both saw no overlap and both saved, and a mark that raced a text
 * edit was saved against the old text. A text edit locks the row first too, so the order is the same
 * everywhere (article, then claims) and two such writes wait for each other instead of deadlocking.
 */
export async function lockArticle(tx: Prisma.TransactionClient, articleId: string): Promise<LockedArticle | undefined> {
  const [row] = await tx.$queryRaw<LockedArticle[]>`SELECT "textVersion", language::text AS language FROM "Article" WHERE id = ${articleId}::uuid FOR UPDATE`;
  return row;
}

/** What a locked article's text is now: its version and language (the body of a version never changes). */
export interface LockedArticle {
  textVersion: number;
  language: string;
}

import { decodeKeysetCursor, encodeKeysetCursor } from "./keyset-cursor";

/** One entry of the feed: a published final verdict's ClaimReview and when that verdict was decided. */
export interface FeedEntry {
  claimReview: object;
  dateModified: string;
}

export interface FeedPage {
  name: string;
  url: string;
  entries: FeedEntry[];
  /** The address of the next (older) page, or null on the last one. */
  next: string | null;
}

/**
 * A page of the team's ClaimReviews as a schema.org DataFeed: each element a DataFeedItem with its
 * `dateModified`, newest first, so a poller can stop at the first item it has already seen.
 */
export function claimReviewDataFeed(page: FeedPage): object {
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: page.name,
    url: page.url,
    ...(page.entries[0] && { dateModified: page.entries[0].dateModified }),
    dataFeedElement: page.entries.map((entry) => ({ "@type": "DataFeedItem", dateModified: entry.dateModified, item: entry.claimReview })),
    ...(page.next && { next: page.next }),
  };
}

/** The keyset position after an entry: its verdict's decision time and id, opaque to clients. */
export interface FeedCursor {
  decidedAt: Date;
  id: string;
}

export function encodeFeedCursor(cursor: FeedCursor): string {
  return encodeKeysetCursor({ at: cursor.decidedAt, id: cursor.id });
}

/** The cursor a client sent back, or null when it is not one of ours. */
export function decodeFeedCursor(value: string): FeedCursor | null {
  const cursor = decodeKeysetCursor(value);
  return cursor && { decidedAt: cursor.at, id: cursor.id };
}

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
  return Buffer.from(`${cursor.decidedAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor a client sent back, or null when it is not one of ours. */
export function decodeFeedCursor(value: string): FeedCursor | null {
  const text = Buffer.from(value, "base64url").toString("utf8");
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(text);
  if (!match) return null;
  const decidedAt = new Date(match[1]!);
  return Number.isNaN(decidedAt.getTime()) ? null : { decidedAt, id: match[2]!.toLowerCase() };
}

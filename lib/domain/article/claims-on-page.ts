// An article page shows at most this many claims. A text of thousands of sentences (a hostile or
// pasted-by-mistake import) has tens of thousands: rendering them all made a 30 MB page that took
// seconds of the server's single thread, during which every other client waited.
export const ARTICLE_PAGE_MAX_CLAIMS = 1000;

/** What the choice reads of a claim. */
export interface PageClaim {
  checkworthiness: number;
  /** Someone worked on it: a decision, a comment, a source, a verdict. */
  touched: boolean;
  status: string;
  assigneeId: string | null;
  normalizedText: string | null;
  anchored: boolean;
  verdict: unknown;
}

/** True for a claim someone has worked on, or that needs someone (its text was edited away). */
function hasReviewWork(claim: PageClaim): boolean {
  return claim.touched || claim.status !== "new" || claim.assigneeId !== null || claim.normalizedText !== null || claim.verdict !== null || !claim.anchored;
}

/**
 * The claims an article page shows, in their given order: all of them up to `limit`; past it, those
 * with review work first, then the most check-worthy (earlier in the text on a tie). `total` counts all.
 */
export function claimsForPage<T extends PageClaim>(claims: T[], limit = ARTICLE_PAGE_MAX_CLAIMS): { claims: T[]; total: number } {
  if (claims.length <= limit) return { claims, total: claims.length };
  const order = claims.map((claim, index) => ({ index, work: hasReviewWork(claim), worth: claim.checkworthiness }));
  order.sort((a, b) => Number(b.work) - Number(a.work) || b.worth - a.worth || a.index - b.index);
  const kept = new Set(order.slice(0, limit).map((entry) => entry.index));
  return { claims: claims.filter((_, index) => kept.has(index)), total: claims.length };
}

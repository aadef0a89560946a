// A public fact-check page shows its claims a hundred at a time: with no bound, a link to 2,000 claims of 10,000-character
// rationales was a 48 MB page, and a few anonymous readers looping on it slowed other teams (re-probe of stop 46).
export const PUBLIC_PAGE_SIZE = 100;

export interface PublicPage {
  /** 1-based, within 1…pages. */
  page: number;
  pages: number;
  /** Index of the first claim shown and one past the last. */
  from: number;
  to: number;
}

/** The page `requested` (any text from the address: junk or out of range reads as the nearest page) of `total` claims. */
export function publicPage(total: number, requested: string | string[] | undefined, size = PUBLIC_PAGE_SIZE): PublicPage {
  const pages = Math.max(1, Math.ceil(total / size));
  const asked = typeof requested === "string" && /^\d{1,6}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(pages, Math.max(1, asked));
  return { page, pages, from: (page - 1) * size, to: Math.min(total, page * size) };
}

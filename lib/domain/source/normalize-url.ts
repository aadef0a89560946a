// Two citations of one page should be one source: the same URL written differently (case of the host,
// a tracking parameter, a fragment, a trailing slash, the default port) normalises to the same string.

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|igshid|ref|ref_src|wt_mc|at_medium|at_campaign)$/i;

export function normalizeUrl(input: string): string {
  const url = new URL(input);
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  if ((url.protocol === "https:" && url.port === "443") || (url.protocol === "http:" && url.port === "80")) url.port = "";
  const kept = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  url.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : "";
  // http and https of one page are the same source.
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : "";
  return `${url.host}${path}${url.search}`;
}

// The search form is a plain GET form (it works without JavaScript) and sends every field, the empty ones too:
// "/search?q=inflation&type=claims&status=&verdict=&assignee=…". The address a desk copies and shares should say only
// what was asked (re-walk of stop 46). The form sends itself to the clean address where JavaScript runs.

/** The search address without its empty parameters, or null when it has none. */
export function cleanSearchAddress(search: string | URLSearchParams): string | null {
  const params = new URLSearchParams(search);
  const kept = [...params].filter(([, value]) => value !== "");
  if (kept.length === [...params].length) return null;
  return kept.length ? `/search?${new URLSearchParams(kept)}` : "/search";
}

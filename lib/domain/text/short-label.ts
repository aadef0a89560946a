/**
 * `text` cut to about `max` characters at a word's end, with "…" when cut: an accessible name that stops mid-word
 * ("… according to the ") reads as broken (re-walk of stop 45).
 */
export function shortLabel(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

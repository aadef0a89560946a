/**
 * A redirect target reduced to a path on our own origin, or the fallback. The value is parsed the way
 * a browser will parse it (backslashes, tabs, newlines, "//host", absolute URLs), so a string that
 * only looks like a path — "/\evil.example" — cannot send anyone to another site.
 */
export function sameOriginPath(value: string | null | undefined, origin: string, fallback: string): string {
  if (!value) return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  // "/.//evil.example" normalises to the path "//evil.example", which a browser reads as another host.
  const path = `${target.pathname.replace(/^[/\\]+/, "/")}${target.search}${target.hash}`;
  return new URL(path, base).origin === base.origin ? path : fallback;
}

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "factdesk-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best supported language from an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8" → "de"). */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { base: tag.toLowerCase().split("-")[0], q: q ? Number(q) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLocale) ?? null;
}

/** The language a request without a session asks for: the language switch's cookie, else the browser's. */
export function localeFromHeaders(headers: Record<string, string | string[] | undefined>): Locale {
  const value = (name: string) => {
    const header = headers[name];
    return Array.isArray(header) ? header.join(", ") : (header ?? null);
  };
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(value("cookie") ?? "")?.[1];
  return isLocale(cookie) ? cookie : (localeFromAcceptLanguage(value("accept-language")) ?? DEFAULT_LOCALE);
}

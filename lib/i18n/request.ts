import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";

// The person's saved language first, then the switch on the sign-in page (a cookie), then the browser.
export async function resolveLocale(): Promise<Locale> {
  const actor = await getCurrentActor().catch(() => null);
  if (actor?.locale) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

// A page may ask for one language whoever reads it (a published fact-check is in its article's language):
// getTranslations({ locale }) hands that locale in here.
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : await resolveLocale();
  return { locale, messages: (await import(`./messages/${locale}.json`)).default };
});

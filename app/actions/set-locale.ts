"use server";

import { cookies } from "next/headers";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/server/user/set-user-locale";

/** Saves the language on the person's account when signed in, and in a cookie for the sign-in page. */
export async function setLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  const actor = await getCurrentActor();
  if (actor?.kind === "user") await setUserLocale({ actor, locale });
}

import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";

/** Everyone may set their own language; nobody anyone else's. */
export async function setUserLocale({ actor, locale }: { actor: Actor; locale: Locale }): Promise<void> {
  await db.user.update({ where: { id: actor.userId }, data: { locale } });
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's `generateMetadata` giving the browser tab its title in the reader's language. */
export function pageTitle(key: `pageTitles.${string}`) {
  return async (): Promise<Metadata> => ({ title: (await getTranslations())(key as never) });
}

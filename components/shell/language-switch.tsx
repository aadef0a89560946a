"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocale } from "@/app/actions/set-locale";
import { LOCALES } from "@/lib/i18n/locales";

const NAMES = { en: "English", de: "Deutsch" } as const;

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      {/* The select's label for assistive technology; the language names say what it is to everyone else. */}
      <span className="sr-only">{t("language")}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        value={locale}
        // Not disabled while the page changes language: a disabled select drops the keyboard's focus to the page's
        // start (walk of stop 47); a change during the switch waits for it instead.
        aria-busy={pending}
        onChange={(event) => {
          if (pending) return;
          const next = event.target.value;
          startTransition(async () => {
            await setLocale(next);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

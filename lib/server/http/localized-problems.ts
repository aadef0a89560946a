import type { Locale } from "@/lib/i18n/locales";
import { localizeSentences } from "@/lib/i18n/server-messages";

/**
 * An import (bulk articles, known fact-checks) with each stored problem in the reader's language:
 * problems are stored in English, the API's language, and answered in the language error messages
 * take (see errorLocale). A line or item with several problems keeps them as one text.
 */
export function withLocalizedProblems<T extends { errors: unknown }>(record: T, locale: Locale): T {
  if (locale === "en" || !Array.isArray(record.errors) || record.errors.length === 0) return record;
  const errors = (record.errors as { message?: unknown }[]).map((entry) =>
    typeof entry?.message === "string" ? { ...entry, message: localizeSentences(entry.message, locale) } : entry,
  );
  return { ...record, errors };
}

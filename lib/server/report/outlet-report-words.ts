import { createFormatter, createTranslator } from "next-intl";
import { MIN_COVERAGE, type ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import type { Locale } from "@/lib/i18n/locales";

type Reliability = keyof typeof en.outlets.levels;

/** The outlet report's own sentences (its frame around the articles' reports), in the reader's language. */
export function outletWords(language: Locale) {
  const t = createTranslator({ locale: language, messages: language === "de" ? de : en, namespace: "outletReport" });
  const levels = createTranslator({ locale: language, messages: language === "de" ? de : en, namespace: "outlets.levels" });
  const format = createFormatter({ locale: language });
  return {
    articles: (count: number) => t("articles", { count }),
    /** The desk's reliability rating of the outlet with its reason, or null while unrated. */
    rating: (reliability: Reliability | null, rationale: string | null) =>
      reliability ? t(rationale ? "ratingWithReason" : "rating", { level: levels(reliability), reason: rationale?.replace(/\s+/g, " ").trim() ?? "" }) : null,
    summary: ({ state, score, reviewed, checkworthy }: ArticleCredibility) =>
      state === "scored"
        ? t("scored", { score: score ?? 0, reviewed: format.number(reviewed), checkworthy: format.number(checkworthy) })
        : t("notEnough", { reviewed: format.number(reviewed), checkworthy: format.number(checkworthy), coverage: Math.round(MIN_COVERAGE * 100) }),
  };
}

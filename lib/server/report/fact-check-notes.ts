import { createFormatter, createTranslator } from "next-intl";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { MIN_COVERAGE, type ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import type { Correction } from "@/lib/domain/report/corrections";
import type { PublishedLevel } from "@/lib/server/rating-scale/published-levels";
import type { PdfReport } from "./render-pdf";

/**
 * The corrections and the method as PDF notes, in the article's language whoever downloads it (the
 * request's locale would be the reader's): the same wording as the public page, so the team's export
 * and the published PDF explain the scale and the score alike.
 */
export function factCheckNotes({
  language,
  credibility,
  levels,
  corrections = [],
  scope = "article",
}: {
  language: "de" | "en";
  /** An outlet report's method speaks of the outlet's articles (re-walk of stop 45: it spoke of "the article"). */
  scope?: "article" | "outlet";
  credibility: ArticleCredibility;
  levels: PublishedLevel[];
  corrections?: (Correction & { claimText: string })[];
}): NonNullable<PdfReport["notes"]> {
  const t = createTranslator({ locale: language, messages: language === "de" ? de : en, namespace: "publicReport" });
  const format = createFormatter({ locale: language, timeZone: "UTC" });
  const date = (value: Date | string) => format.dateTime(new Date(value), { dateStyle: "long" });
  const reason = (text: string | null) => (text ? ` ${t("reason", { reason: text })}` : "");

  const correctionLines = corrections.map(
    (correction) =>
      `${date(correction.date)}: ${
        correction.after
          ? t("changed", { claim: correction.claimText, before: correction.before, after: correction.after })
          : t("withdrawn", { claim: correction.claimText, before: correction.before })
      }${reason(correction.reason)}`,
  );
  const outlet = scope === "outlet";
  const method = [
    t(outlet ? "howChosenOutlet" : "howChosen"),
    ...levels.map((level) => [level.label, level.description].filter(Boolean).join(": ") + (level.counts ? "" : ` (${t("notCounted")})`)),
    `${t("credibility")}: ${scoreSentence(t, credibility, outlet)}`,
    t(outlet ? "howScoredOutlet" : "howScored"),
  ];
  return [...(correctionLines.length ? [{ heading: t("corrections"), paragraphs: correctionLines }] : []), { heading: t("method"), paragraphs: method }];
}

type Translate = ReturnType<typeof createTranslator<typeof en, "publicReport">>;

/** The score, or why there is none: too little reviewed, or nothing reviewed that says anything about truth. */
function scoreSentence(t: Translate, credibility: ArticleCredibility, outlet: boolean): string {
  if (credibility.state === "scored") return t("score", { score: credibility.score!, low: credibility.range!.low, high: credibility.range!.high });
  return credibility.coverage >= MIN_COVERAGE ? t("noCountingVerdicts") : t(outlet ? "noScoreOutlet" : "noScore", { reviewed: credibility.reviewed, total: credibility.checkworthy });
}

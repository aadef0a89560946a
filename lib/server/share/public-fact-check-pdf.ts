import { createFormatter, createTranslator } from "next-intl";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { MIN_COVERAGE } from "@/lib/domain/credibility/article-credibility";
import { articlePdf } from "@/lib/server/report/render-pdf";
import { renderPdfInWorker } from "@/lib/server/report/render-pdf-in-worker";
import { loadPublicFactCheck } from "./load-public-fact-check";

/**
 * The PDF of a published fact-check: the same claims as its public page (final verdicts the editor
 * chose), with the corrections and the method, in the article's language. Null for an unknown or
 * revoked link. Rendered in the worker pool, like every PDF.
 */
export async function publicFactCheckPdf(token: string): Promise<{ pdf: Uint8Array; title: string } | null> {
  const factCheck = await loadPublicFactCheck(token);
  if (!factCheck) return null;
  const { report } = factCheck;
  const locale = report.article.language;
  // The article's language, whoever downloads it (the request's locale would be the reader's).
  const t = createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "publicReport" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  const date = (value: Date | string) => format.dateTime(new Date(value), { dateStyle: "long" });
  const reason = (text: string | null) => (text ? ` ${t("reason", { reason: text })}` : "");

  const corrections = factCheck.corrections.map(
    (correction) =>
      `${date(correction.date)}: ${
        correction.after
          ? t("changed", { claim: correction.claimText, before: correction.before, after: correction.after })
          : t("withdrawn", { claim: correction.claimText, before: correction.before })
      }${reason(correction.reason)}`,
  );
  const { credibility } = report;
  const method = [
    t("howChosen"),
    ...factCheck.levels.map((level) => `${level.label}: ${level.description}${level.counts ? "" : ` (${t("notCounted")})`}`),
    credibility.state === "scored"
      ? `${t("credibility")}: ${t("score", { score: credibility.score!, low: credibility.range!.low, high: credibility.range!.high })}`
      : credibility.coverage >= MIN_COVERAGE
        ? t("noCountingVerdicts")
        : t("noScore", { reviewed: credibility.reviewed, total: credibility.checkworthy }),
    t("howScored"),
  ];
  const pdf = await renderPdfInWorker({
    ...articlePdf(report),
    notes: [...(corrections.length ? [{ heading: t("corrections"), paragraphs: corrections }] : []), { heading: t("method"), paragraphs: method }],
  });
  return { pdf, title: report.article.title };
}

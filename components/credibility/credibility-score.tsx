import { getFormatter, getTranslations } from "next-intl/server";
import { Td, WIDE_ONLY } from "@/components/ui/table";
import type { ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import { DOWNLOAD_LINK } from "@/components/ui/download-link";

/** Score with its range (or why there is none) and the coverage, as one line of a card. */
export async function CredibilityScore({ credibility, heading }: { credibility: ArticleCredibility; heading: string }) {
  const t = await getTranslations("credibility");
  return (
    <div className="flex flex-wrap items-baseline gap-3" data-testid="credibility">
      <h2 className="font-semibold">{heading}</h2>
      {credibility.state === "scored" ? (
        <p>
          <span className="text-2xl font-bold">{credibility.score}</span>/100{" "}
          {/* Once every check-worthy claim is reviewed the range is the score itself ("62–62"): nothing to add. */}
          {credibility.range && credibility.range.low !== credibility.range.high && <span className="text-sm text-slate-600">{t("range", { low: credibility.range.low, high: credibility.range.high })}</span>}
        </p>
      ) : (
        <p className="text-sm text-slate-700">{credibility.state === "no-claims" ? t("noClaims") : t("notEnough")}</p>
      )}
      <p className="text-sm text-slate-600">{t("coverage", { reviewed: credibility.reviewed, total: credibility.checkworthy, percent: Math.round(credibility.coverage * 100) })}</p>
    </div>
  );
}

/** Two table cells: the score (or a dash, read out as the reason there is none) and reviewed/check-worthy. */
export async function CredibilityCells({ credibility }: { credibility: ArticleCredibility }) {
  const t = await getTranslations("credibility");
  const format = await getFormatter();
  const missing = credibility.state === "no-claims" ? t("noClaims") : t("notEnough");
  return (
    <>
      <Td className="text-right tabular-nums">
        {credibility.state === "scored" ? (
          credibility.score
        ) : (
          <span title={missing}>
            <span aria-hidden>–</span>
            <span className="sr-only">{missing}</span>
          </span>
        )}
      </Td>
      {/* Shown from the md breakpoint on: on a phone the score and the name fit, the count scrolled out of sight. */}
      <Td className={`text-right tabular-nums ${WIDE_ONLY}`}>
        {format.number(credibility.reviewed)}/{format.number(credibility.checkworthy)}
      </Td>
    </>
  );
}

/** The formula in words, folded away until asked for. */
export async function CredibilityExplanation() {
  const t = await getTranslations("credibility");
  return (
    <details className="mt-3 text-sm text-slate-700">
      <summary className="cursor-pointer">{t("howTitle")}</summary>
      <p className="mt-1">{t("how")}</p>
    </details>
  );
}

/** Download links for a report endpoint in every format; ClaimReview only once a final verdict exists (it would be `[]`). */
export async function ExportLinks({ href, finalVerdicts }: { href: string; finalVerdicts: number }) {
  const t = await getTranslations("credibility");
  const link = (format: string) => `${href}?format=${format}`;
  return (
    <>
      <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="exports">
        <span className="text-slate-600">{t("export")}:</span>
        {finalVerdicts > 0 ? (
          <a className={DOWNLOAD_LINK} href={link("claimreview")} download>ClaimReview (JSON-LD)</a>
        ) : (
          <span className="text-slate-500" aria-describedby="claimreview-empty">ClaimReview (JSON-LD)</span>
        )}
        <a className={DOWNLOAD_LINK} href={`${link("csv")}&bom=1`} download>CSV</a>
        <a className={DOWNLOAD_LINK} href={link("md")} download>Markdown</a>
        <a className={DOWNLOAD_LINK} href={link("json")} download>JSON</a>
        <a className={DOWNLOAD_LINK} href={link("pdf")} download>PDF</a>
      </p>
      {finalVerdicts === 0 && (
        <p className="mt-1 text-xs text-slate-600" id="claimreview-empty" data-testid="claimreview-empty">
          {t("claimReviewEmpty")}
        </p>
      )}
    </>
  );
}

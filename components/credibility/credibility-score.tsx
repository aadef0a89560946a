import { getTranslations } from "next-intl/server";
import type { ArticleCredibility } from "@/lib/domain/credibility/article-credibility";

/** Score with its range (or why there is none) and the coverage, as one line of a card. */
export async function CredibilityScore({ credibility, heading }: { credibility: ArticleCredibility; heading: string }) {
  const t = await getTranslations("credibility");
  return (
    <div className="flex flex-wrap items-baseline gap-3" data-testid="credibility">
      <h2 className="font-semibold">{heading}</h2>
      {credibility.state === "scored" ? (
        <p>
          <span className="text-2xl font-bold">{credibility.score}</span>/100 <span className="text-sm text-slate-600">{t("range", { low: credibility.range!.low, high: credibility.range!.high })}</span>
        </p>
      ) : (
        <p className="text-sm text-slate-700">{credibility.state === "no-claims" ? t("noClaims") : t("notEnough")}</p>
      )}
      <p className="text-sm text-slate-600">{t("coverage", { reviewed: credibility.reviewed, total: credibility.checkworthy, percent: Math.round(credibility.coverage * 100) })}</p>
    </div>
  );
}

/** The score in a table cell: the number, or a dash with the reason as its accessible text. */
export async function ScoreCell({ credibility }: { credibility: ArticleCredibility }) {
  const t = await getTranslations("credibility");
  if (credibility.state === "scored") return <span className="tabular-nums">{credibility.score}</span>;
  return <span title={credibility.state === "no-claims" ? t("noClaims") : t("notEnough")} aria-label={credibility.state === "no-claims" ? t("noClaims") : t("notEnough")}>–</span>;
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

/** Download links for a report endpoint in every format. */
export async function ExportLinks({ href }: { href: string }) {
  const t = await getTranslations("credibility");
  const link = (format: string) => `${href}?format=${format}`;
  return (
    <p className="mt-3 flex flex-wrap gap-3 text-sm" data-testid="exports">
      <span className="text-slate-600">{t("export")}:</span>
      <a className="text-blue-800 underline" href={link("claimreview")} download>ClaimReview (JSON-LD)</a>
      <a className="text-blue-800 underline" href={`${link("csv")}&bom=1`} download>CSV</a>
      <a className="text-blue-800 underline" href={link("md")} download>Markdown</a>
      <a className="text-blue-800 underline" href={link("json")} download>JSON</a>
      <a className="text-blue-800 underline" href={link("pdf")} download>PDF</a>
    </p>
  );
}

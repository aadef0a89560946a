import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { Report } from "@/lib/domain/report/report-types";

/** Score, coverage and range, the verdict distribution as bars, the formula in words, and the exports. */
export async function CredibilityCard({ report, sharing }: { report: Report; sharing?: ReactNode }) {
  const t = await getTranslations("credibility");
  const { credibility } = report;
  const levels = new Map<string, { label: string; color: string }>();
  for (const claim of report.claims) if (claim.verdict) levels.set(claim.verdict.key, { label: claim.verdict.label, color: claim.verdict.color });
  const bars = Object.entries(credibility.distribution).sort((a, b) => b[1] - a[1]);
  const most = Math.max(1, ...bars.map(([, count]) => count));
  const exportHref = (format: string) => `/api/v1/articles/${report.article.id}/report?format=${format}`;

  return (
    <Card className="mt-4" >
      <div className="flex flex-wrap items-baseline gap-3" data-testid="credibility">
        <h2 className="font-semibold">{t("title")}</h2>
        {credibility.state === "scored" ? (
          <p>
            <span className="text-2xl font-bold">{credibility.score}</span>/100 <span className="text-sm text-slate-600">{t("range", { low: credibility.range!.low, high: credibility.range!.high })}</span>
          </p>
        ) : (
          <p className="text-sm text-slate-700">{credibility.state === "no-claims" ? t("noClaims") : t("notEnough")}</p>
        )}
        <p className="text-sm text-slate-600">{t("coverage", { reviewed: credibility.reviewed, total: credibility.checkworthy, percent: Math.round(credibility.coverage * 100) })}</p>
      </div>
      {bars.length > 0 && (
        <figure className="mt-3">
          <figcaption className="sr-only">{t("distribution")}</figcaption>
          <ul className="space-y-1 text-xs">
            {bars.map(([key, count]) => (
              <li key={key} className="flex items-center gap-2">
                <span className="w-40 truncate">{levels.get(key)?.label ?? key}</span>
                <span className="h-3 rounded" style={{ width: `${(count / most) * 60}%`, backgroundColor: levels.get(key)?.color ?? "#64748b" }} aria-hidden />
                <span>{count}</span>
              </li>
            ))}
          </ul>
        </figure>
      )}
      <details className="mt-3 text-sm text-slate-700">
        <summary className="cursor-pointer">{t("howTitle")}</summary>
        <p className="mt-1">{t("how")}</p>
      </details>
      <p className="mt-3 flex flex-wrap gap-3 text-sm" data-testid="exports">
        <span className="text-slate-600">{t("export")}:</span>
        <a className="text-blue-800 underline" href={exportHref("claimreview")} download>ClaimReview (JSON-LD)</a>
        <a className="text-blue-800 underline" href={`${exportHref("csv")}&bom=1`} download>CSV</a>
        <a className="text-blue-800 underline" href={exportHref("md")} download>Markdown</a>
        <a className="text-blue-800 underline" href={exportHref("json")} download>JSON</a>
        <a className="text-blue-800 underline" href={exportHref("pdf")} download>PDF</a>
      </p>
      {sharing}
    </Card>
  );
}

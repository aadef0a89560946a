import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CredibilityExplanation, CredibilityScore, ExportLinks } from "@/components/credibility/credibility-score";
import { BarList } from "@/components/ui/bar-list";
import { Card } from "@/components/ui/card";
import type { Report } from "@/lib/domain/report/report-types";
import { appOrigin } from "@/lib/server/http/app-origin";

/** Score, coverage and range, the verdict distribution as bars, the formula in words, and the exports. */
export async function CredibilityCard({ report, sharing, canSetAddress }: { report: Report; sharing?: ReactNode; canSetAddress: boolean }) {
  const t = await getTranslations("credibility");
  const format = await getFormatter();
  const { credibility } = report;
  const levels = new Map<string, { label: string; color: string }>();
  for (const claim of report.claims) if (claim.verdict) levels.set(claim.verdict.key, { label: claim.verdict.label, color: claim.verdict.color });
  const bars = Object.entries(credibility.distribution).sort((a, b) => b[1] - a[1]);

  return (
    <Card className="mt-4">
      <CredibilityScore credibility={credibility} heading={t("title")} />
      {bars.length > 0 && (
        <div className="mt-3">
          <BarList label={t("distribution")} items={bars.map(([key, count]) => ({ key, label: levels.get(key)?.label ?? key, value: count, color: levels.get(key)?.color }))} formatValue={(value) => format.number(value)} />
        </div>
      )}
      <CredibilityExplanation />
      <ExportLinks href={`/api/v1/articles/${report.article.id}/report`} finalVerdicts={report.claims.filter((claim) => claim.verdict).length} />
      {/* ClaimReview needs a page readers can open: without the team's published address it names this page, behind the sign-in (walk of stop 34). */}
      {report.article.reportUrl === `${appOrigin()}/articles/${report.article.id}` && (
        <p className="mt-1 text-xs text-slate-600" data-testid="claimreview-url-hint">
          {/* Only admins reach Settings: others are told whom to ask (walk of stop 41). */}
          {t(canSetAddress ? "claimReviewUrlHint" : "claimReviewUrlHintAskAdmin")}
        </p>
      )}
      {sharing}
    </Card>
  );
}

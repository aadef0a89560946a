import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { BarList } from "@/components/ui/bar-list";
import { Card, PageHeader } from "@/components/ui/card";
import { ColumnChart } from "@/components/ui/column-chart";
import { CLAIM_STATUSES } from "@/lib/domain/workflow/claim-status";
import { presetOfScaleName } from "@/lib/domain/rating/scale-presets";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import { dashboardQuery } from "@/lib/validations/dashboard";

export const generateMetadata = pageTitle("pageTitles.dashboard");

const STATUS_COLORS: Record<string, string> = { new: "#64748b", in_review: "#2563eb", needs_second_review: "#d97706", final: "#15803d", excluded: "#94a3b8" };

export default async function DashboardPage() {
  const actor = await requirePageActor("/dashboard");
  const dashboard = await getTeamDashboard({ actor, query: dashboardQuery.parse({}) });
  const t = await getTranslations("dashboard");
  const statuses = await getTranslations("claims.statuses");
  const settings = await getTranslations("settings");
  const format = await getFormatter();
  const periods = dashboard.weeks.map((week) => format.dateTime(new Date(week.week), { day: "numeric", month: "short", timeZone: "UTC" }));
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  // One formatter for the cards and the weekly chart, so both use the same unit for the same wait.
  const duration = (hours: number | null) =>
    hours === null ? "–" : hours < 1 ? t("minutes", { value: number(hours * 60) }) : hours < 48 ? t("hours", { value: number(hours) }) : t("days", { value: number(hours / 24) });

  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 font-semibold">{t("byStatus")}</h2>
          <div data-testid="claims-by-status">
            <BarList
              label={t("byStatus")}
              formatValue={number}
              items={CLAIM_STATUSES.map((status) => ({ key: status, label: statuses(status), value: dashboard.statuses[status] ?? 0, color: STATUS_COLORS[status] }))}
            />
          </div>
        </Card>
        <Card>
          <h2 className="font-semibold">{t("timeToFinal")}</h2>
          <dl className="mt-2 grid grid-cols-3 gap-2 text-sm" data-testid="time-to-final">
            <div>
              <dt className="text-slate-600">{t("median")}</dt>
              <dd className="text-xl font-semibold">{duration(dashboard.timeToFinal.medianHours)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("p90")}</dt>
              <dd className="text-xl font-semibold">{duration(dashboard.timeToFinal.p90Hours)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("decided")}</dt>
              <dd className="text-xl font-semibold tabular-nums">{number(dashboard.timeToFinal.decided)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-slate-600">{t("timeToFinalHint")}</p>
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("throughput", { weeks: dashboard.weeks.length })}</h2>
          <ColumnChart
            label={t("throughput", { weeks: dashboard.weeks.length })}
            periods={periods}
            emptyNote={t("noWeeksYet")}
            series={[
              { label: t("imported"), color: "#94a3b8", values: dashboard.weeks.map((week) => week.imported) },
              { label: t("finalized"), color: "#15803d", values: dashboard.weeks.map((week) => week.finalized) },
            ]}
          />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("waitByWeek")}</h2>
          <ColumnChart
            label={t("waitByWeek")}
            periods={periods}
            formatValue={duration}
            emptyNote={t("noWaitsYet")}
            series={[{ label: t("medianHours"), color: "#2563eb", values: dashboard.weeks.map((week) => week.medianHours) }]}
          />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="font-semibold">{t("agreement")}</h2>
          {dashboard.agreement.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("noAgreement")}</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm" data-testid="agreement">
              {dashboard.agreement.map((scale) => (
                <li key={scale.scale}>
                  <span className="font-medium">{presetOfScaleName(scale.scale) ? settings(`presetNames.${presetOfScaleName(scale.scale)!}`) : scale.scale}:</span>{" "}
                  {scale.units < MIN_AGREEMENT_UNITS ? (
                    // A number from a handful of claims reads as a verdict on the team: none is shown (walk of stop 36: "α = 0,000"),
                    // and a sentence says so (walk of stop 45: "α = – (…)" was hard to read).
                    <span className="text-slate-700">{t("alphaNotYet", { units: scale.units, ratings: scale.ratings, min: MIN_AGREEMENT_UNITS })}</span>
                  ) : scale.alpha === null ? (
                    t("alphaUndefined")
                  ) : (
                    <>
                      α = <span className="font-semibold tabular-nums">{format.number(scale.alpha, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}</span> ({t(scale.alpha >= 0.8 ? "alphaGood" : scale.alpha >= 0.667 ? "alphaTentative" : "alphaLow")})
                    </>
                  )}{" "}
                  {scale.units >= MIN_AGREEMENT_UNITS && <span className="text-slate-600">{t("alphaBasis", { units: scale.units, ratings: scale.ratings })}</span>}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-xs text-slate-600">{t("agreementHint")}</p>
        </Card>
      </div>
    </>
  );
}

// Below this many claims rated twice, alpha swings with every verdict: it is shown, but not read as good or low.
const MIN_AGREEMENT_UNITS = 10;

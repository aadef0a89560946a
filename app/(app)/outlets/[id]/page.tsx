import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CredibilityCells, CredibilityExplanation, CredibilityScore, ExportLinks } from "@/components/credibility/credibility-score";
import { OutletRatingForm } from "@/components/outlets/outlet-rating-form";
import { MixedScriptBadge } from "@/components/outlets/mixed-script-badge";
import { mixedScripts } from "@/lib/domain/text/mixed-scripts";
import { ReliabilityBadge } from "@/components/outlets/reliability-badge";
import { RepeatedClaims } from "@/components/outlets/repeated-claims";
import { BarList } from "@/components/ui/bar-list";
import { Card, PageHeader } from "@/components/ui/card";
import { LineChart } from "@/components/ui/line-chart";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getOutlet } from "@/lib/server/outlet/get-outlet";

export const generateMetadata = pageTitle("pageTitles.outlet");

export default async function OutletPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/outlets/${id}`);
  const locale = await getLocale();
  const { outlet, overall, months, articles, totalArticles, repeated, repeatedComplete, legend, ratingHistory } = await orNotFound(getOutlet({ actor, id, language: locale }));
  const t = await getTranslations("outlets");
  const format = await getFormatter();
  const labels = new Map(legend.map((level) => [level.key, level]));
  const verdicts = Object.entries(overall.distribution)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => ({ key, label: labels.get(key)?.label ?? key, color: labels.get(key)?.color, value: count }));

  return (
    <>
      <PageHeader title={outlet.name} actions={<ReliabilityBadge reliability={outlet.reliability} />} />
      {(outlet.domain || mixedScripts(outlet.name).length > 0) && (
        <p className="-mt-4 mb-4 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          {outlet.domain}
          <MixedScriptBadge name={outlet.name} />
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card>
          <CredibilityScore credibility={overall} heading={t("credibility", { count: totalArticles })} />
          {verdicts.length > 0 && (
            <div className="mt-3">
              <h3 className="mb-1 text-sm font-medium">{t("commonVerdicts")}</h3>
              <BarList label={t("commonVerdicts")} items={verdicts} formatValue={(value) => format.number(value)} />
            </div>
          )}
          <CredibilityExplanation />
          <ExportLinks href={`/api/v1/outlets/${outlet.id}/report`} finalVerdicts={verdicts.reduce((sum, verdict) => sum + verdict.value, 0)} />
        </Card>
        <Card>
          <h2 className="font-semibold">{t("overTime")}</h2>
          {/* The rule in a sentence under a short heading: the heading had been the whole sentence (walk of stop 41). */}
          <p className="mt-1 text-xs text-slate-600">{t("overTimeNote")}</p>
          {months.length ? (
            <LineChart label={t("overTime")} seriesLabel={t("score")} emptyNote={t("noScoredMonth")} periods={months.map((month) => format.dateTime(new Date(`${month.month}-01T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" }))} values={months.map((month) => (month.credibility.state === "scored" ? month.credibility.score : null))} />
          ) : (
            <p className="mt-2 text-sm text-slate-600">{t("noArticles")}</p>
          )}
        </Card>
        <Card>
          <h2 className="font-semibold">{t("reliability")}</h2>
          {outlet.reliability && (
            <div className="mt-2 text-sm" data-testid="outlet-rating">
              <p className="whitespace-pre-line">{outlet.reliabilityRationale}</p>
              {outlet.reliabilityRatedAt && (
                <p className="mt-1 text-xs text-slate-600">
                  {t("ratedBy", { name: outlet.reliabilityRater?.name ?? "–", date: format.dateTime(outlet.reliabilityRatedAt, { dateStyle: "medium" }) })}
                </p>
              )}
            </div>
          )}
          {can(actor.role, "outlet.rate") && (
            <div className="mt-3">
              <OutletRatingForm outlet={outlet} />
            </div>
          )}
          {ratingHistory.length > 0 && (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-slate-700">{t("ratingHistory", { count: ratingHistory.length })}</summary>
              <ul className="mt-2 space-y-1 text-xs text-slate-700">
                {ratingHistory.map((entry) => (
                  <li key={entry.id}>
                    {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {entry.actor?.name ?? "–"} ·{" "}
                    {ratingLabel(entry.after, t)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Card>
        <Card>
          <h2 className="font-semibold">{t("repeated")}</h2>
          <p className="mt-1 text-xs text-slate-600">{t("repeatedHint")}</p>
          {!repeatedComplete && <p className="mt-1 text-xs text-amber-800">{t("repeatedIncomplete")}</p>}
          <RepeatedClaims groups={repeated} complete={repeatedComplete} labels={labels} />
        </Card>
      </div>
      <h2 className="mb-2 mt-6 text-lg font-semibold">{t("articleList", { shown: articles.length, total: totalArticles })}</h2>
      <Table caption={t("articleList", { shown: articles.length, total: totalArticles })}>
        <TableHead columns={[{ label: t("article") }, { label: t("date"), className: WIDE_ONLY }, { label: t("claims"), className: `text-right ${WIDE_ONLY}` }, { label: t("score"), className: "text-right" }, { label: t("reviewed"), className: `text-right ${WIDE_ONLY}` }]} />
        <tbody className="divide-y divide-slate-100" data-testid="outlet-articles">
          {articles.map((article) => (
            <tr key={article.id}>
              <Td className="[overflow-wrap:anywhere]">
                <Link className="text-blue-800 underline" href={`/articles/${article.id}`}>
                  {article.title}
                </Link>
                {/* On a phone: the date and counts under the title (their columns are hidden there). */}
                <p className="mt-1 text-xs text-slate-600 md:hidden">
                  {format.dateTime(article.publishedAt ?? article.importedAt, { dateStyle: "medium" })} · {t("claims")}: {format.number(article.claims)} · {t("reviewed")}: {format.number(article.credibility.reviewed)}/{format.number(article.credibility.checkworthy)}
                </p>
              </Td>
              <Td className={`whitespace-nowrap ${WIDE_ONLY}`}>{format.dateTime(article.publishedAt ?? article.importedAt, { dateStyle: "medium" })}</Td>
              <Td className={`text-right tabular-nums ${WIDE_ONLY}`}>{format.number(article.claims)}</Td>
              <CredibilityCells credibility={article.credibility} />
            </tr>
          ))}
        </tbody>
      </Table>
      {articles.length < totalArticles && (
        <p className="mt-3 text-sm">
          <Link className="text-blue-800 underline" href={`/articles?outlet=${outlet.id}`}>
            {t("allArticles", { count: totalArticles })}
          </Link>
        </p>
      )}
    </>
  );
}

function ratingLabel(after: unknown, t: (key: string) => string): string {
  const reliability = (after as { reliability?: string | null } | null)?.reliability;
  return reliability ? t(`levels.${reliability}`) : t("notRated");
}

import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArticleWorkbench } from "@/components/claims/article-workbench";
import type { ClaimView } from "@/components/claims/claim-view";
import { CredibilityCard } from "@/components/claims/credibility-card";
import { RerankButton } from "@/components/claims/rerank-button";
import { ShareLinks } from "@/components/report/share-links";
import { HistoryTimeline } from "@/components/review/history-timeline";
import { LiveRefresh } from "@/components/review/live-refresh";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { claimsForPage } from "@/lib/domain/article/claims-on-page";
import { can } from "@/lib/domain/permissions";
import { getArticle, type ArticleDetail } from "@/lib/server/article/get-article";
import { historyPage } from "@/lib/server/activity/history-page";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { loadArticleReport } from "@/lib/server/report/load-article-report";
import { listShareLinks } from "@/lib/server/share/share-links";
import { levelsByKey } from "@/lib/server/rating-scale/level-legend";
import { listTeamPeople } from "@/lib/server/team/list-team-people";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";

export const generateMetadata = pageTitle("pageTitles.article");

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { history: historyCursor } = await searchParams;
  const actor = await requirePageActor(`/articles/${id}`);
  // The page reads every claim of the article: one of the team's turns for heavy reads (heavy-read-turns.ts), as
  // the API's read-out takes (re-probe of stop 43: loops of a 6,500-claim article's page slowed every other team).
  const locale = await getLocale();
  const { article, people, history, report } = await inHeavyReadTurn(actor.teamId, async () => {
    const article = await orNotFound(getArticle({ actor, id }));
    const [people, history, report] = await Promise.all([
      listTeamPeople({ actor }),
      historyPage({ actor, articleId: article.id, cursor: historyCursor }),
      loadArticleReport({ actor, articleId: article.id, labelLanguage: locale }),
    ]);
    return { article, people, history, report };
  });
  const shareLinks = can(actor.role, "report.share") ? await listShareLinks({ actor, articleId: article.id }) : null;
  const verdicts = new Map(report.claims.flatMap((claim) => (claim.verdict ? [[claim.id, { label: claim.verdict.label, color: claim.verdict.color }] as const] : [])));
  const t = await getTranslations("articles");
  const format = await getFormatter();
  const onPage = claimsForPage(claimViews(article, verdicts));

  const editLink = can(actor.role, "article.edit") && (
    <Link className={buttonClasses("secondary")} href={`/articles/${article.id}/edit`}>
      {t("edit")}
    </Link>
  );
  const header = (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        {/* In the article's language, so a long German compound breaks at a syllable with a hyphen where the browser has a
            dictionary; a smaller size on a phone lets most compounds ("Verteidigungskooperation") fit whole (walk of stop 38). */}
        <h1 lang={article.language} className="min-w-0 text-xl font-semibold leading-tight hyphens-auto wrap-anywhere sm:text-2xl">
          {article.title}
        </h1>
        {can(actor.role, "article.rerank") ? (
          <RerankButton articleId={article.id}>{editLink}</RerankButton>
        ) : (
          <div className="flex flex-wrap items-start gap-2">{editLink}</div>
        )}
      </div>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        {article.outlet && (
          <Link href={`/outlets/${article.outlet.id}`} className="min-w-0 hover:underline">
            <Badge tone="blue">{article.outlet.name}</Badge>
          </Link>
        )}
        <Badge>{t(`languages.${article.language}`)}</Badge>
        {article.publishedAt && <span>{t("published", { date: format.dateTime(article.publishedAt, { dateStyle: "long" }) })}</span>}
        <span>
          {t("imported", { date: format.dateTime(article.importedAt, { dateStyle: "medium", timeStyle: "short" }) })}
          {article.importedBy && ` ${t("importedBy", { name: article.importedBy.name })}`}
        </span>
        {article.sourceUrl && (
          <a className="text-blue-800 underline" href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
            {t("source")}
          </a>
        )}
      </p>
      <CredibilityCard report={report} canSetAddress={can(actor.role, "team.manage")} sharing={shareLinks && <ShareLinks articleId={article.id} links={shareLinks} finalClaims={report.claims.filter((claim) => claim.verdict).map((claim) => ({ id: claim.id, text: claim.wording ?? claim.text }))} />} />
      <details className="mt-2 scroll-mt-4 text-sm" id="history" open={history.paged}>
        <summary className="cursor-pointer text-slate-700">{t("history", { count: history.page.nextCursor || history.paged ? `${history.data.length}+` : history.data.length })}</summary>
        <div className="mt-2 rounded border border-slate-200 bg-white p-3">
          <HistoryTimeline
            entries={history.data}
            names={new Map(people.map((person) => [person.id, person.name]))}
            levels={await levelsByKey(actor.teamId, await getLocale())}
            paging={{ href: `/articles/${article.id}`, nextCursor: history.page.nextCursor, paged: history.paged }}
          />
        </div>
      </details>
      {onPage.claims.length < onPage.total && (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status" data-testid="claims-capped">
          {t("claimsCapped", { total: onPage.total, shown: onPage.claims.length })}
        </p>
      )}
    </>
  );

  return (
    <>
      <LiveRefresh articleId={article.id} />
      <ArticleWorkbench
        header={header}
        body={article.body}
        lang={article.language}
        claims={onPage.claims}
        total={onPage.total}
        review={{
          articleId: article.id,
          textVersion: article.textVersion,
          canEdit: can(actor.role, "claim.edit"),
          canAssign: can(actor.role, "claim.assign"),
          me: actor.userId,
          people: people.filter((person) => person.role !== "viewer"),
        }}
      />
    </>
  );
}

function claimViews(article: ArticleDetail, verdicts: Map<string, ClaimView["verdict"]>): ClaimView[] {
  return article.claims.map((claim) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    normalizedText: claim.normalizedText,
    kind: claim.kind,
    checkworthiness: claim.checkworthiness,
    checkworthy: claim.checkworthy,
    reasons: Array.isArray(claim.reasons) ? claim.reasons.map(String) : [],
    claimantText: claim.claimantText,
    anchorState: claim.anchorState,
    excluded: claim.status === "excluded",
    exclusionReason: claim.status === "excluded" ? claim.exclusionReason : null,
    anchored: claim.anchorState !== "orphaned" && claim.textVersion === article.textVersion,
    version: claim.version,
    status: claim.status,
    assigneeId: claim.assigneeId,
    touched: claim.touchedAt !== null,
    verdict: verdicts.get(claim.id) ?? null,
    origin: claim.origin,
  }));
}

import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { shownTextLang } from "@/components/claims/claim-view";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckworthyBadge } from "@/components/claims/checkworthy-badge";
import { ClaimEditForm } from "@/components/claims/claim-edit-form";
import { ClaimInContext } from "@/components/claims/claim-in-context";
import { ClaimSignals } from "@/components/claims/claim-signals";
import { KnownCheckList } from "@/components/claims/known-check-list";
import { RelatedClaimList } from "@/components/claims/related-claim-list";
import { CommentsPanel } from "@/components/review/comments-panel";
import { HistoryTimeline } from "@/components/review/history-timeline";
import { LiveRefresh } from "@/components/review/live-refresh";
import { SourcesPanel } from "@/components/review/sources-panel";
import { VerdictsPanel } from "@/components/review/verdicts-panel";
import { WorkflowPanel } from "@/components/review/workflow-panel";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { allowedStatusMoves } from "@/lib/domain/workflow/claim-status";
import { historyPage } from "@/lib/server/activity/history-page";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getClaim } from "@/lib/server/claim/get-claim";
import { getClaimContext } from "@/lib/server/claim/get-claim-context";
import { getTeamSettings } from "@/lib/server/team/team-settings";
import { findClaimKnownChecks } from "@/lib/server/known-check/find-claim-known-checks";
import { listComments } from "@/lib/server/comment/list-comments";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getRatingScale } from "@/lib/server/rating-scale/get-rating-scale";
import { listClaimCitations } from "@/lib/server/source/list-claim-citations";
import { localizeSentences } from "@/lib/i18n/server-messages";
import type { Locale } from "@/lib/i18n/locales";
import { levelsByKey } from "@/lib/server/rating-scale/level-legend";
import { listTeamPeople } from "@/lib/server/team/list-team-people";
import { listVerdicts } from "@/lib/server/verdict/list-verdicts";
import { unreadMentionIdsOnClaim } from "@/lib/server/comment/list-inbox";
import { MarkMentionsReadOnView } from "@/components/review/mark-mentions-read-on-view";

export const generateMetadata = pageTitle("pageTitles.claim");

export default async function ClaimPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { history: historyCursor } = await searchParams;
  const actor = await requirePageActor(`/claims/${id}`);
  const claim = await orNotFound(getClaim({ actor, id }));
  const [citations, verdicts, threads, history, scale, people, context, known, unreadMentions, settings] = await Promise.all([
    listClaimCitations({ actor, claimId: id }),
    listVerdicts({ actor, claimId: id }),
    listComments({ actor, claimId: id }),
    historyPage({ actor, claimId: id, cursor: historyCursor }),
    getRatingScale({ actor }),
    listTeamPeople({ actor }),
    getClaimContext({ actor, claim }),
    findClaimKnownChecks({ actor, claimId: id }),
    unreadMentionIdsOnClaim({ actor, claimId: id }),
    getTeamSettings({ actor }),
  ]);
  const t = await getTranslations("claims");
  const review = await getTranslations("review");
  // Why a link fails, in the reader's words, beside its status (walk of stop 45: "The status beside it says why" and it did not).
  const locale = (await getLocale()) as Locale;
  const shownCitations = citations.map((citation) => {
    const error = citation.source.linkState === "failed" ? citation.source.snapshots[0]?.error : null;
    return { ...citation, source: { ...citation.source, failure: error ? localizeSentences(error, locale) : null } };
  });
  // A claim merged away is kept for its history only: it says where its text went and offers no changes.
  const open = !claim.mergedIntoId;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <LiveRefresh claimId={claim.id} />
      <MarkMentionsReadOnView ids={unreadMentions} />
      <div className="space-y-4">
        <p className="text-sm">
          {t("article")}:{" "}
          <Link lang={claim.article.language} className="text-blue-800 underline" href={`/articles/${claim.article.id}`}>
            {claim.article.title}
          </Link>
          {claim.article.outlet && <span className="text-slate-600"> · {claim.article.outlet.name}</span>}
        </p>
        <h1 lang={shownTextLang(claim, claim.article.language)} className="text-xl font-semibold leading-snug wrap-anywhere">
          {claim.normalizedText ?? claim.text}
        </h1>
        {claim.mergedIntoId && (
          <Alert>
            {t("mergedAway")}{" "}
            <Link className="underline" href={`/claims/${claim.mergedIntoId}`}>
              {t("mergedAwayLink")}
            </Link>
          </Alert>
        )}
        <div className="flex flex-wrap gap-2">
          <CheckworthyBadge kind={claim.kind} checkworthy={claim.checkworthy} checkworthiness={claim.checkworthiness} excluded={claim.status === "excluded"} origin={claim.origin} />
          {claim.status === "excluded" && <Badge>{t("excluded")}</Badge>}
          {claim.anchorState === "reanchored" && <Badge tone="blue">{t("reanchored")}</Badge>}
          {claim.anchorState === "orphaned" && <Badge tone="red">{t("orphaned")}</Badge>}
        </div>
        <ClaimSignals claim={claim} />
        <Card>
          <ClaimInContext context={context} articleId={claim.article.id} claimId={claim.id} lang={claim.article.language} />
        </Card>
        {/* Status and assignee right after the claim, in the page's order too, so that a phone shows them (they came
            3,000 px down, after the discussion) and reads and tabs to them there (walks of stop 40). */}
        <Card>
          <h2 className="mb-3 font-semibold">{review("workflow")}</h2>
          <WorkflowPanel
            claim={claim}
            moves={claim.status === "final" || !open ? [] : allowedStatusMoves(actor.role, claim.status)}
            people={people}
            me={actor.userId}
            canAssignOthers={open && can(actor.role, "claim.assign")}
            canAssignSelf={open && can(actor.role, "claim.edit")}
          />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{review("sources")}</h2>
          <SourcesPanel claimId={claim.id} citations={shownCitations} canEdit={open && can(actor.role, "source.manage")} frozen={claim.status === "final"} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{review("verdicts")}</h2>
          <VerdictsPanel
            claim={claim}
            levels={scale.levels}
            sourceStances={citations.map((citation) => citation.stance)}
            sourcesMissing={Math.max(0, settings.minSourcesForFinal - new Set(citations.map((citation) => citation.source.id)).size)}
            evidenceUnarchived={citations.length > 0 && citations.every((citation) => !citation.source.archivedAt)}
            verdicts={verdicts}
            canSubmit={open && can(actor.role, "verdict.submit")}
            canFinalize={open && can(actor.role, "verdict.finalize") && claim.status !== "excluded"}
          />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{review("comments")}</h2>
          <CommentsPanel claimId={claim.id} threads={threads} people={people} me={actor.userId} canWrite={open && can(actor.role, "comment.write")} />
        </Card>
      </div>
      <aside className="space-y-4">
        {/* Not for viewers: a card that only said their role cannot edit was empty to them (walk of stop 41). */}
        {(!open || can(actor.role, "claim.edit")) && (
          <Card>
            <h2 className="mb-3 font-semibold">{t("edit.title")}</h2>
            {open ? <ClaimEditForm claim={claim} /> : <p className="text-sm text-slate-600">{t("mergedAway")}</p>}
          </Card>
        )}
        <Card>
          <h2 className="font-semibold">{t("knownChecks.title")}</h2>
          <KnownCheckList
            claimId={claim.id}
            checks={known.checks}
            citedUrls={citations.map((citation) => citation.source.url)}
            canCite={can(actor.role, "source.manage") && claim.status !== "final"}
            canImport={can(actor.role, "known-check.import")}
          />
        </Card>
        <Card>
          <h2 className="font-semibold">{t("related")}</h2>
          <RelatedClaimList related={claim.related} />
        </Card>
        <Card>
          <h2 className="mb-3 scroll-mt-4 font-semibold" id="history">
            {review("historyTitle")}
          </h2>
          <HistoryTimeline
            entries={history.data}
            names={new Map(people.map((person) => [person.id, person.name]))}
            levels={await levelsByKey(actor.teamId, await getLocale())}
            paging={{ href: `/claims/${claim.id}`, nextCursor: history.page.nextCursor, paged: history.paged }}
          />
        </Card>
      </aside>
    </div>
  );
}

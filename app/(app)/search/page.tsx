import type { ReactNode } from "react";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { shownTextLang } from "@/components/claims/claim-view";
import { isOverruled } from "@/lib/domain/claims/overruled-estimate";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchSummary } from "@/components/search/search-summary";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ColorBadge } from "@/components/ui/color-badge";
import { listOutlets } from "@/lib/server/outlet/list-outlets";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getRatingScale } from "@/lib/server/rating-scale/get-rating-scale";
import { levelsByKey, type LegendLevel } from "@/lib/server/rating-scale/level-legend";
import { search, type SearchResult } from "@/lib/server/search/search";
import { listTeamPeople } from "@/lib/server/team/list-team-people";
import { searchInput } from "@/lib/validations/search";
import { localizeIssue } from "@/lib/i18n/server-messages";
import type { Locale } from "@/lib/i18n/locales";

export const generateMetadata = pageTitle("pageTitles.search");

type Params = Record<string, string | string[] | undefined>;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePageActor("/search");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === "string" && value !== "" ? [[key, value]] : [])),
  ) as Record<string, string>;
  const parsed = searchInput.safeParse(raw);
  const [result, scale, people, outlets] = await Promise.all([
    parsed.success ? search({ actor, input: parsed.data }) : null,
    getRatingScale({ actor }),
    listTeamPeople({ actor }),
    listOutlets({ actor }),
  ]);
  const t = await getTranslations("search");
  const locale = (await getLocale()) as Locale;
  const next = result?.page.nextCursor ? `/search?${new URLSearchParams({ ...raw, after: result.page.nextCursor })}` : null;

  return (
    <>
      <PageHeader title={t("title")} />
      <Card>
        <SearchFilters values={raw} levels={scale.levels} people={people} outlets={outlets} />
      </Card>
      {!parsed.success && <Alert tone="error">{parsed.error.issues.map((issue) => localizeIssue(issue, locale)).join(" ")}</Alert>}
      {result && <Results result={result} levels={await levelsByKey(actor.teamId, locale)} narrowed={Object.keys(raw).some((key) => key !== "type" && key !== "after")} more={Boolean(next)} />}
      {next && (
        <p className="mt-4">
          <Link className={buttonClasses("secondary")} href={next}>
            {t("more")}
          </Link>
        </p>
      )}
    </>
  );
}

async function Results({ result, levels, narrowed, more }: { result: SearchResult; levels: Map<string, LegendLevel>; narrowed: boolean; more: boolean }) {
  const t = await getTranslations("search");
  const statuses = await getTranslations("claims.statuses");
  const claimsT = await getTranslations("claims");
  const languages = await getTranslations("articles.languages");
  const format = await getFormatter();
  // A way on from nothing (walk of stop 45: "Nothing found." alone).
  if (result.data.length === 0) {
    return (
      <>
        <SearchSummary focus={narrowed}>{t("none")}</SearchSummary>
        <p className="mt-1 text-sm text-slate-600">{t("noneHint")}</p>
      </>
    );
  }
  return (
    <>
      {/* What the list is (walk of stop 46: without words or filters it listed every claim, with no heading and no count). */}
      <SearchSummary focus={narrowed}>{narrowed ? t(more ? "resultsMore" : "results", { count: result.data.length }) : t("everything")}</SearchSummary>
      <ol className="mt-2 space-y-3" data-testid="search-results">
        {result.data.map((hit) => (
          <li key={hit.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
            {"articleTitle" in hit ? (
              <>
                <Link className="font-medium text-blue-800 underline wrap-anywhere" href={`/claims/${hit.id}`}>
                  <bdi lang={shownTextLang(hit, hit.articleLanguage)}>{snippetIsWhole(hit) ? <SearchSnippet snippet={hit.snippet!} highlights={hit.highlights} /> : (hit.normalizedText ?? hit.text)}</bdi>
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-x-1 text-xs text-slate-600">
                  <span className="min-w-0 wrap-anywhere">
                    {/* <bdi>: a title with a direction override must not turn the rest of the line around. */}
                    <bdi lang={hit.articleLanguage}>{hit.articleTitle}</bdi> · {statuses(hit.status as "new")} · {claimsT(isOverruled(hit.checkworthy, hit.checkworthiness) ? "scoreOverruled" : "score", { score: Math.round(hit.checkworthiness * 100) })}
                  </span>
                  {hit.verdict && <ColorBadge color={levels.get(hit.verdict)?.color ?? "#64748b"}>{levels.get(hit.verdict)?.label ?? hit.verdict}</ColorBadge>}
                </p>
              </>
            ) : (
              <>
                <Link className="font-medium text-blue-800 underline" href={`/articles/${hit.id}`}>
                  <bdi lang={hit.language}>{hit.title}</bdi>
                </Link>
                <p className="mt-1 text-xs text-slate-600">
                  {[hit.outlet, languages(hit.language as "de"), format.dateTime(hit.publishedAt ?? hit.importedAt, { dateStyle: "medium" })].filter(Boolean).join(" · ")}
                </p>
              </>
            )}
            {hit.snippet && !snippetIsWhole(hit) && (
              <p className="mt-1 text-slate-700">
                <bdi lang={"articleTitle" in hit ? shownTextLang(hit, hit.articleLanguage) : hit.language}>
                  <SearchSnippet snippet={hit.snippet} highlights={hit.highlights} />
                </bdi>
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A claim whose snippet is all of its shown text gets its hits highlighted in the link, not the same words twice (walk of stop 37). */
function snippetIsWhole(hit: { snippet?: string | null } & ({ normalizedText?: string | null; text?: string } | object)): boolean {
  if (!hit.snippet || !("text" in hit)) return false;
  return hit.snippet === (hit.normalizedText ?? hit.text);
}

/** The snippet with its hits highlighted (`highlights`: offsets into it from the search answer). */
function SearchSnippet({ snippet, highlights }: { snippet: string; highlights: [number, number][] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start > at) parts.push(snippet.slice(at, start));
    parts.push(
      <mark key={start} className="rounded bg-yellow-100 px-0.5 text-slate-900">
        {snippet.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(snippet.slice(at));
  return parts;
}

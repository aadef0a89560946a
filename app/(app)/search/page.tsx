import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SearchFilters } from "@/components/search/search-filters";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { listOutlets } from "@/lib/server/outlet/list-outlets";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getRatingScale } from "@/lib/server/rating-scale/get-rating-scale";
import { search, type SearchResult } from "@/lib/server/search/search";
import { listTeamPeople } from "@/lib/server/team/list-team-people";
import { searchInput } from "@/lib/validations/search";

export const metadata: Metadata = { title: "Search" };

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
  const next = result?.page.nextCursor ? `/search?${new URLSearchParams({ ...raw, after: result.page.nextCursor })}` : null;

  return (
    <>
      <PageHeader title={t("title")} />
      <Card>
        <SearchFilters values={raw} levels={scale.levels} people={people} outlets={outlets} />
      </Card>
      {!parsed.success && <Alert tone="error">{parsed.error.issues.map((issue) => issue.message).join(" ")}</Alert>}
      {result && <Results result={result} />}
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

async function Results({ result }: { result: SearchResult }) {
  const t = await getTranslations("search");
  const statuses = await getTranslations("claims.statuses");
  const format = await getFormatter();
  if (result.data.length === 0) return <p className="mt-6 text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol className="mt-6 space-y-3" data-testid="search-results">
      {result.data.map((hit) => (
        <li key={hit.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
          {"articleTitle" in hit ? (
            <>
              <Link className="font-medium text-blue-800 underline" href={`/claims/${hit.id}`}>
                {hit.normalizedText ?? hit.text}
              </Link>
              <p className="mt-1 text-xs text-slate-600">
                {hit.articleTitle} · {statuses(hit.status as "new")} · {Math.round(hit.checkworthiness * 100)} %{hit.verdict && ` · ${hit.verdict}`}
              </p>
            </>
          ) : (
            <>
              <Link className="font-medium text-blue-800 underline" href={`/articles/${hit.id}`}>
                {hit.title}
              </Link>
              <p className="mt-1 text-xs text-slate-600">
                {[hit.outlet, hit.language.toUpperCase(), format.dateTime(hit.publishedAt ?? hit.importedAt, { dateStyle: "medium" })].filter(Boolean).join(" · ")}
              </p>
            </>
          )}
          {hit.snippet && <p className="mt-1 text-slate-700">{hit.snippet}</p>}
        </li>
      ))}
    </ol>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticleTable } from "@/components/articles/article-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/domain/permissions";
import { listArticles } from "@/lib/server/article/list-articles";
import { listOutlets } from "@/lib/server/outlet/list-outlets";
import { AppError } from "@/lib/server/errors";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listArticlesInput } from "@/lib/validations/article";

export const generateMetadata = pageTitle("pageTitles.articles");

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await requirePageActor("/articles");
  const t = await getTranslations("articles");
  const params = await searchParams;
  const text = (name: string) => (typeof params[name] === "string" ? params[name] : undefined);
  const parsed = listArticlesInput.safeParse({ after: text("after"), before: text("before"), outlet: text("outlet"), language: text("language") });
  // A cursor that does not decode (edited by hand, cut short), or an outlet that is gone, shows the first
  // page of all articles instead of an error page.
  const [page, outlets] = await Promise.all([
    listArticles({ actor, input: parsed.success ? parsed.data : { limit: 20 } }).catch((error: unknown) => {
      if (error instanceof AppError && (error.code === "INVALID_INPUT" || error.code === "NOT_FOUND")) return listArticles({ actor, input: { limit: 20 } });
      throw error;
    }),
    listOutlets({ actor }),
  ]);
  const { outlet, language } = page.filter;
  const filtered = Boolean(outlet || language);
  // The pages of a filtered list keep its filters.
  const pageHref = (cursor: "after" | "before", value: string) =>
    `/articles?${new URLSearchParams({ ...(outlet && { outlet: outlet.id }), ...(language && { language }), [cursor]: value })}`;
  const newArticle = can(actor.role, "article.create") ? (
    <Link href="/articles/new" className={buttonClasses("primary")}>
      {(await getTranslations("nav"))("newArticle")}
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title={t("title")} actions={newArticle} />
      {(filtered || outlets.length > 0) && <ArticleFilters key={`${outlet?.id ?? ""}:${language ?? ""}`} outlets={outlets} outlet={outlet?.id ?? null} language={language} />}
      {page.data.length === 0 ? (
        filtered ? (
          <Notice title={t("filter.none")} />
        ) : (
          <Notice title={t("empty")}>{newArticle && <p>{t("emptyHint")}</p>}</Notice>
        )
      ) : (
        <ArticleTable articles={page.data} />
      )}
      {(page.page.prevCursor || page.page.nextCursor) && (
        <nav aria-label={t("pagination")} className="mt-4 flex justify-between">
          {page.page.prevCursor ? (
            <Link className={buttonClasses("secondary")} href={pageHref("before", page.page.prevCursor)}>
              ← {t("newer")}
            </Link>
          ) : <span />}
          {page.page.nextCursor && (
            <Link className={buttonClasses("secondary")} href={pageHref("after", page.page.nextCursor)}>
              {t("older")} →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

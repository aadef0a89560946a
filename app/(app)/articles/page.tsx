import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleTable } from "@/components/articles/article-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/domain/permissions";
import { listArticles } from "@/lib/server/article/list-articles";
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
  const parsed = listArticlesInput.safeParse({
    after: typeof params.after === "string" ? params.after : undefined,
    before: typeof params.before === "string" ? params.before : undefined,
  });
  // A cursor that does not decode (edited by hand, cut short) shows the first page instead of an error page.
  const page = await listArticles({ actor, input: parsed.success ? parsed.data : { limit: 20 } }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "INVALID_INPUT") return listArticles({ actor, input: { limit: 20 } });
    throw error;
  });
  const newArticle = can(actor.role, "article.create") ? (
    <Link href="/articles/new" className={buttonClasses("primary")}>
      {(await getTranslations("nav"))("newArticle")}
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title={t("title")} actions={newArticle} />
      {page.data.length === 0 ? (
        <Notice title={t("empty")}>{newArticle && <p>{t("emptyHint")}</p>}</Notice>
      ) : (
        <ArticleTable articles={page.data} />
      )}
      {(page.page.prevCursor || page.page.nextCursor) && (
        <nav aria-label={t("pagination")} className="mt-4 flex justify-between">
          {page.page.prevCursor ? (
            <Link className={buttonClasses("secondary")} href={`/articles?before=${page.page.prevCursor}`}>
              ← {t("newer")}
            </Link>
          ) : <span />}
          {page.page.nextCursor && (
            <Link className={buttonClasses("secondary")} href={`/articles?after=${page.page.nextCursor}`}>
              {t("older")} →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

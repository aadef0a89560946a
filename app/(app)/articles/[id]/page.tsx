import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArticleText } from "@/components/articles/article-text";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getArticle } from "@/lib/server/article/get-article";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { AppError } from "@/lib/server/errors";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}`);
  const article = await getArticle({ actor, id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("articles");
  const format = await getFormatter();

  return (
    <article className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div>
        <h1 className="text-2xl font-semibold leading-tight">{article.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          {article.outlet && <Badge tone="blue">{article.outlet.name}</Badge>}
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
        <Card className="mt-4">
          <h2 className="sr-only">{t("text")}</h2>
          <ArticleText body={article.body} lang={article.language} />
        </Card>
      </div>
      <aside aria-labelledby="claims-heading">
        <Card>
          <h2 id="claims-heading" className="font-semibold">
            {t("claims", { count: article.claims.length })}
          </h2>
          {article.claims.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("noClaimsHint")}</p>
          ) : (
            <ol className="mt-3 space-y-3 text-sm">
              {article.claims.map((claim) => (
                <li key={claim.id} className="border-l-4 border-blue-300 pl-3">
                  {claim.normalizedText ?? claim.text}
                </li>
              ))}
            </ol>
          )}
        </Card>
      </aside>
    </article>
  );
}

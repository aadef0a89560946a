import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import type { ArticleSummary } from "@/lib/server/article/list-articles";

export async function ArticleTable({ articles }: { articles: ArticleSummary[] }) {
  const t = await getTranslations("articles");
  const format = await getFormatter();
  // The publication date where the article has one, else when it was imported, said as such (walk of stop 43: the one
  // column mixed both without a word).
  const articleDate = (article: ArticleSummary) =>
    article.publishedAt ? format.dateTime(article.publishedAt, { dateStyle: "medium" }) : t("importedOn", { date: format.dateTime(article.importedAt, { dateStyle: "medium" }) });
  return (
    <Table caption={t("title")}>
      <TableHead
        columns={[
          { label: t("columns.title") },
          { label: t("columns.outlet"), className: WIDE_ONLY },
          { label: t("columns.language"), className: WIDE_ONLY },
          { label: t("columns.date"), className: WIDE_ONLY },
          { label: t("columns.claims"), className: `text-right ${WIDE_ONLY}` },
        ]}
      />
      <tbody className="divide-y divide-slate-100">
        {articles.map((article) => (
          <tr key={article.id} className="hover:bg-slate-50">
            <Td className="max-w-md [overflow-wrap:anywhere]">
              {/* bdi: a direction override in a hostile title (U+202E) turns only the title around, not the row. */}
              <Link href={`/articles/${article.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                <bdi lang={article.language}>{article.title}</bdi>
              </Link>
              {/* On a phone the other columns are hidden (they scrolled out of sight): their values under the title. */}
              <p className="mt-1 text-xs text-slate-600 md:hidden">
                {article.outlet && (
                  <>
                    <bdi>{article.outlet.name}</bdi>
                    {" · "}
                  </>
                )}
                {[article.language.toUpperCase(), articleDate(article), t("claimCount", { count: article.claimCount })].join(" · ")}
              </p>
            </Td>
            <Td className={`[overflow-wrap:anywhere] ${WIDE_ONLY}`}>
              <bdi>{article.outlet?.name ?? "—"}</bdi>
            </Td>
            <Td className={WIDE_ONLY}>
              <abbr title={t(`languages.${article.language}`)}>{article.language.toUpperCase()}</abbr>
            </Td>
            <Td className={`whitespace-nowrap ${WIDE_ONLY}`}>
              {articleDate(article)}
            </Td>
            <Td className={`text-right tabular-nums ${WIDE_ONLY}`}>{format.number(article.claimCount)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

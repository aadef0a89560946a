import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { ArticleSummary } from "@/lib/server/article/list-articles";

export async function ArticleTable({ articles }: { articles: ArticleSummary[] }) {
  const t = await getTranslations("articles");
  const format = await getFormatter();
  return (
    <Table caption={t("title")}>
      <thead className="bg-slate-50">
        <tr>
          <Th>{t("columns.title")}</Th>
          <Th>{t("columns.outlet")}</Th>
          <Th>{t("columns.language")}</Th>
          <Th>{t("columns.date")}</Th>
          <Th className="text-right">{t("columns.claims")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {articles.map((article) => (
          <tr key={article.id} className="hover:bg-slate-50">
            <Td className="max-w-md">
              <Link href={`/articles/${article.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                {article.title}
              </Link>
            </Td>
            <Td>{article.outlet?.name ?? "—"}</Td>
            <Td>
              <abbr title={t(`languages.${article.language}`)}>{article.language.toUpperCase()}</abbr>
            </Td>
            <Td className="whitespace-nowrap">
              {format.dateTime(article.publishedAt ?? article.importedAt, { dateStyle: "medium" })}
            </Td>
            <Td className="text-right tabular-nums">{article.claimCount}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

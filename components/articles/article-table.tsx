import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { ArticleSummary } from "@/lib/server/article/list-articles";

export async function ArticleTable({ articles }: { articles: ArticleSummary[] }) {
  const t = await getTranslations("articles");
  const format = await getFormatter();
  return (
    <Table caption={t("title")}>
      <TableHead
        columns={[
          { label: t("columns.title") },
          { label: t("columns.outlet") },
          { label: t("columns.language") },
          { label: t("columns.date") },
          { label: t("columns.claims"), className: "text-right" },
        ]}
      />
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

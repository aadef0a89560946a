import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CredibilityCells } from "@/components/credibility/credibility-score";
import { MixedScriptBadge } from "@/components/outlets/mixed-script-badge";
import { ReliabilityBadge } from "@/components/outlets/reliability-badge";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listOutletSummaries } from "@/lib/server/outlet/list-outlet-summaries";

export const generateMetadata = pageTitle("pageTitles.outlets");

export default async function OutletsPage() {
  const actor = await requirePageActor("/outlets");
  const outlets = await listOutletSummaries({ actor });
  const t = await getTranslations("outlets");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("title")} />
      {outlets.length === 0 ? (
        <Notice title={t("title")}>{t("empty")}</Notice>
      ) : (
        <Table caption={t("title")}>
          <TableHead
            columns={[
              { label: t("outlet") },
              { label: t("articles"), className: `text-right ${WIDE_ONLY}` },
              { label: t("score"), className: "text-right" },
              { label: t("reviewed"), className: `text-right ${WIDE_ONLY}` },
              { label: t("reliability") },
            ]}
          />
          <tbody className="divide-y divide-slate-100" data-testid="outlets">
            {outlets.map((outlet) => (
              <tr key={outlet.id}>
                {/* A long word breaks, but the column keeps room for ordinary names ("Stadtanzeiger" broke mid-word). */}
                <Td className="min-w-28 [overflow-wrap:anywhere]">
                  <Link className="text-blue-800 underline" href={`/outlets/${outlet.id}`}>
                    <bdi>{outlet.name}</bdi>
                  </Link>
                  {outlet.domain && <span className="block text-xs text-slate-600 sm:ml-2 sm:inline">{outlet.domain}</span>}
                  <span className="block sm:ml-2 sm:inline">
                    <MixedScriptBadge name={outlet.name} />
                  </span>
                </Td>
                <Td className={`text-right tabular-nums ${WIDE_ONLY}`}>{format.number(outlet.articles)}</Td>
                <CredibilityCells credibility={outlet.credibility} />
                <Td>
                  <ReliabilityBadge reliability={outlet.reliability} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listMyQueue } from "@/lib/server/claim/list-my-queue";
import { shownTextLang } from "@/components/claims/claim-view";

export const generateMetadata = pageTitle("pageTitles.queue");

export default async function QueuePage() {
  const actor = await requirePageActor("/queue");
  const claims = await listMyQueue({ actor });
  const t = await getTranslations("queue");
  // The reader's percent ("98%", "98 %"): a fixed "98 %" read wrong in English (walk of stop 40).
  const format = await getFormatter();
  const statuses = await getTranslations("claims.statuses");
  const claimsT = await getTranslations("claims");
  return (
    <>
      <PageHeader title={t("title")} />
      {claims.length === 0 ? (
        // A viewer cannot take claims: their empty queue says so instead of asking them to (walk of stop 34).
        <Notice title={t("title")}>{can(actor.role, "claim.edit") ? t("empty") : t("emptyViewer")}</Notice>
      ) : (
        <Table caption={t("title")}>
          <TableHead
            columns={[{ label: t("claim") }, { label: t("article"), className: WIDE_ONLY }, { label: t("status"), className: WIDE_ONLY }, { label: t("score"), className: `text-right ${WIDE_ONLY}` }]}
          />
          <tbody className="divide-y divide-slate-100" data-testid="queue">
            {claims.map((claim) => (
              <tr key={claim.id}>
                <Td className="[overflow-wrap:anywhere]">
                  <Link lang={shownTextLang(claim, claim.article.language)} className="text-blue-800 underline" href={`/claims/${claim.id}`}>
                    {claim.normalizedText ?? claim.text}
                  </Link>
                  {/* On a phone the other columns are hidden: their values under the claim. */}
                  <p className="mt-1 text-xs text-slate-600 md:hidden">
                    <Link lang={claim.article.language} className="underline" href={`/articles/${claim.article.id}`}>
                      {claim.article.title}
                    </Link>
                    {` · ${statuses(claim.status)} · ${claimsT("score", { score: Math.round(claim.checkworthiness * 100) })}`}
                  </p>
                </Td>
                <Td className={`[overflow-wrap:anywhere] ${WIDE_ONLY}`}>
                  <Link lang={claim.article.language} className="text-blue-800 underline" href={`/articles/${claim.article.id}`}>
                    {claim.article.title}
                  </Link>
                </Td>
                <Td className={WIDE_ONLY}>{statuses(claim.status)}</Td>
                <Td className={`text-right tabular-nums ${WIDE_ONLY}`}>{format.number(claim.checkworthiness, { style: "percent", maximumFractionDigits: 0 })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

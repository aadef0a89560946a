import Link from "next/link";
import { shownTextLang } from "@/components/claims/claim-view";
import { getTranslations } from "next-intl/server";
import type { RepeatedClaimGroup } from "@/lib/server/outlet/find-repeated-claims";

/** Claims listed per group; the rest are counted (a spam article can repeat one claim hundreds of times). */
const SHOWN_PER_GROUP = 10;

/** Groups of near-identical claims from different articles, each with its article and final verdict. */
export async function RepeatedClaims({ groups, complete, labels }: { groups: RepeatedClaimGroup[]; complete: boolean; labels: Map<string, { label: string; color: string }> }) {
  const t = await getTranslations("outlets");
  // "No claim appears in more than one article" is known only when every claim was compared.
  if (!groups.length) return <p className="mt-2 text-sm text-slate-600">{t(complete ? "noRepeated" : "noRepeatedFound")}</p>;
  return (
    <ol className="mt-2 space-y-3 text-sm" data-testid="repeated-claims">
      {groups.map((group) => (
        <li key={group[0]!.id} className="rounded border border-slate-200 p-2">
          <p className="text-xs font-medium text-slate-600">{t("repeatedCount", { count: new Set(group.map((claim) => claim.articleId)).size })}</p>
          <ul className="mt-1 space-y-1">
            {group.slice(0, SHOWN_PER_GROUP).map((claim) => (
              <li key={claim.id}>
                <Link lang={shownTextLang(claim, claim.articleLanguage)} className="text-blue-800 underline" href={`/claims/${claim.id}`}>
                  {claim.normalizedText ?? claim.text}
                </Link>
                <span className="text-xs text-slate-600"> — <bdi lang={claim.articleLanguage}>{claim.articleTitle}</bdi></span>
                {claim.verdictKey && (
                  <span className="ml-1 inline-flex items-center gap-1 text-xs font-medium text-slate-800">
                    <span className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: labels.get(claim.verdictKey)?.color }} aria-hidden />
                    {labels.get(claim.verdictKey)?.label ?? claim.verdictKey}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {group.length > SHOWN_PER_GROUP && <p className="mt-1 text-xs text-slate-600">{t("repeatedMore", { count: group.length - SHOWN_PER_GROUP })}</p>}
        </li>
      ))}
    </ol>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ClaimDetail } from "@/lib/server/claim/get-claim";

/** Similar claims in the team's other articles, most related first, with why they match. */
export async function RelatedClaimList({ related }: { related: ClaimDetail["related"] }) {
  const t = await getTranslations("claims");
  if (related.claims.length === 0) {
    return <p className="mt-2 text-sm text-slate-600">{t("relatedNone")}</p>;
  }
  return (
    <ol className="mt-3 space-y-3 text-sm" data-testid="related-claims">
      {related.claims.map((claim) => (
        <li key={claim.id} className="rounded border border-slate-200 p-2">
          <Link className="text-blue-800 underline" href={`/claims/${claim.id}`}>
            {claim.normalizedText ?? claim.text}
          </Link>
          <p className="mt-1 text-xs text-slate-600">
            {/* The wording's similarity, not the score: shared names lift the score to 100 % for a claim with another figure. */}
            {claim.articleTitle} · {t("relatedSimilarity", { similarity: Math.round(claim.similarity * 100) })}
            {claim.sharedEntities.length > 0 && ` · ${t("sharedEntities", { names: claim.sharedEntities.join(", ") })}`}
          </p>
        </li>
      ))}
    </ol>
  );
}

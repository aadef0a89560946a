import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClaimEditForm } from "@/components/claims/claim-edit-form";
import { RelatedClaimList } from "@/components/claims/related-claim-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getClaim } from "@/lib/server/claim/get-claim";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/claims/${id}`);
  const claim = await orNotFound(getClaim({ actor, id }));
  const t = await getTranslations("claims");
  const reasons = Array.isArray(claim.reasons) ? claim.reasons.map(String) : [];
  const entities = Array.isArray(claim.entities) ? (claim.entities as { type: string; text: string; start: number }[]) : [];

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        <p className="text-sm">
          {t("article")}:{" "}
          <Link className="text-blue-800 underline" href={`/articles/${claim.article.id}`}>
            {claim.article.title}
          </Link>
          {claim.article.outlet && <span className="text-slate-600"> · {claim.article.outlet.name}</span>}
        </p>
        <h1 className="text-xl font-semibold leading-snug">{claim.normalizedText ?? claim.text}</h1>
        <div className="flex flex-wrap gap-2">
          <Badge tone={claim.checkworthy ? "amber" : "neutral"}>
            {t(`kinds.${claim.kind}`)} · {t("score", { score: Math.round(claim.checkworthiness * 100) })}
          </Badge>
          <Badge tone="blue">{t(`statuses.${claim.status}`)}</Badge>
          {claim.anchorState === "reanchored" && <Badge tone="blue">{t("reanchored")}</Badge>}
          {claim.anchorState === "orphaned" && <Badge tone="red">{t("orphaned")}</Badge>}
          {claim.excluded && <Badge>{t("excluded")}</Badge>}
        </div>
        <Card>
          <h2 className="text-sm font-semibold">{t("verbatim")}</h2>
          <blockquote lang={claim.article.language} className="mt-2 border-l-4 border-slate-300 pl-3 text-slate-800">
            {claim.text}
          </blockquote>
          {claim.claimantText && <p className="mt-2 text-sm text-slate-700">{t("claimant", { name: claim.claimantText })}</p>}
          <h2 className="mt-4 text-sm font-semibold">{t("reasons")}</h2>
          {reasons.length ? (
            <ul className="mt-1 flex flex-wrap gap-1">
              {reasons.map((reason) => (
                <li key={reason} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                  {reason}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{t("noReasons")}</p>
          )}
          <h2 className="mt-4 text-sm font-semibold">{t("entities")}</h2>
          {entities.length ? (
            <ul className="mt-1 flex flex-wrap gap-1">
              {entities.map((entity) => (
                <li key={`${entity.start}-${entity.type}`} className="rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-900">
                  {entity.type}: {entity.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{t("noEntities")}</p>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("edit.title")}</h2>
          {can(actor.role, "claim.edit") ? <ClaimEditForm claim={claim} /> : <p className="text-sm text-slate-600">{t("edit.forbidden")}</p>}
        </Card>
      </div>
      <aside>
        <Card>
          <h2 className="font-semibold">{t("related")}</h2>
          <RelatedClaimList related={claim.related} />
        </Card>
      </aside>
    </div>
  );
}

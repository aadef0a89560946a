import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { differsFromText } from "@/lib/domain/report/report-types";
import { reasonDirectionTitle, reasonLabel } from "./reason-label";
import { asAcceptedWording, isAcceptedSuggestion } from "@/lib/domain/claims/accepted-wording";

interface ClaimSignalsProps {
  claim: { text: string; suggestedWording: string | null; normalizedText: string | null; claimantText: string | null; reasons: unknown; entities: unknown; article: { language: string } };
}

/** The verbatim text with what the claim engine saw in it: claimant, reasons, entities. */
export async function ClaimSignals({ claim }: ClaimSignalsProps) {
  const t = await getTranslations("claims");
  const reasons = Array.isArray(claim.reasons) ? claim.reasons.map(String) : [];
  const entities = Array.isArray(claim.entities) ? (claim.entities as { type: string; text: string; start: number }[]) : [];
  return (
    <Card>
      <h2 className="text-sm font-semibold">{t("verbatim")}</h2>
      <blockquote lang={claim.article.language} className="mt-2 border-l-4 border-slate-300 pl-3 text-slate-800">
        {claim.text}
      </blockquote>
      {/* Not the verbatim text again without its full stop (walk of stop 34). */}
      {differsFromText(claim.suggestedWording, claim.text) && (
        <div className="mt-3">
          {/* Once accepted it is the reviewers' wording: "not applied" would then be wrong. */}
          <h3 className="text-xs font-semibold text-slate-700">{t(isAcceptedSuggestion(claim.suggestedWording, claim.normalizedText) ? "suggestedAccepted" : "suggested")}</h3>
          <p lang={claim.article.language} className="mt-1 text-sm text-slate-800">
            {asAcceptedWording(claim.suggestedWording ?? "")}
          </p>
        </div>
      )}
      {claim.claimantText && <p className="mt-2 text-sm text-slate-700">{t("claimant", { name: claim.claimantText })}</p>}
      <h2 className="mt-4 text-sm font-semibold">{t("reasons")}</h2>
      {reasons.length ? (
        <ul className="mt-1 flex flex-wrap gap-1">
          {reasons.map((reason) => (
            <li key={reason} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700" title={reasonDirectionTitle(reason, t)}>
              {reasonLabel(reason, t)}
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
              {t.has(`reasonKinds.${entity.type}`) ? t(`reasonKinds.${entity.type}`) : entity.type}: {entity.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("noEntities")}</p>
      )}
    </Card>
  );
}

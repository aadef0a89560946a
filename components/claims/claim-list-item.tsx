"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { highlightClass, type ClaimView } from "./claim-view";
import { ColorBadge } from "@/components/ui/color-badge";
import { reasonDirectionTitle, reasonLabel } from "./reason-label";

export const itemId = (id: string) => `claim-item-${id}`;

interface ClaimItemProps {
  claim: ClaimView;
  selected: boolean;
  onSelect: () => void;
  checked?: boolean;
  /** Present when the person may change claims: shows a checkbox for bulk actions. */
  onCheck?: () => void;
}

/** One claim in the side list: wording, kind and score, anchor state, claimant and reasons. */
export function ClaimItem({ claim, selected, onSelect, checked, onCheck }: ClaimItemProps) {
  const t = useTranslations("claims");
  return (
    <li id={itemId(claim.id)} className={cn("rounded border p-2", selected ? "border-blue-700 bg-blue-50" : "border-slate-200")}>
      <div className="flex items-start gap-2">
        {onCheck && (
          <input
            type="checkbox"
            className="mt-1 h-4 w-4"
            checked={checked}
            onChange={onCheck}
            aria-label={t("choose", { text: (claim.normalizedText ?? claim.text).slice(0, 60) })}
          />
        )}
        <button type="button" className="w-full text-left" aria-pressed={selected} onClick={onSelect}>
          <span className={cn("block", claim.excluded && "line-through")}>{claim.normalizedText ?? claim.text}</span>
        </button>
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-1">
        <Badge tone={claim.checkworthy ? "amber" : "neutral"}>
          {t(`kinds.${claim.kind}`)} · {t("score", { score: Math.round(claim.checkworthiness * 100) })}
        </Badge>
        {claim.verdict && (
          <ColorBadge color={claim.verdict.color} className="px-1.5">
            {claim.verdict.label}
          </ColorBadge>
        )}
        {claim.anchorState === "reanchored" && <Badge tone="blue">{t("reanchored")}</Badge>}
        {claim.anchorState === "orphaned" && <Badge tone="red">{t("orphaned")}</Badge>}
        {claim.excluded && <Badge>{claim.exclusionReason ? t("excludedBecause", { reason: t(`exclusion.reasons.${claim.exclusionReason}`) }) : t("excluded")}</Badge>}
        <Link className="ml-auto text-xs text-blue-800 underline" href={`/claims/${claim.id}`}>
          {t("details")}
        </Link>
      </div>
      {claim.claimantText && <p className="mt-1 text-xs text-slate-700">{t("claimant", { name: claim.claimantText })}</p>}
      {claim.reasons.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label={t("reasons")}>
          {claim.reasons.map((reason) => (
            <li key={reason} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700" title={reasonDirectionTitle(reason, t)}>
              {reasonLabel(reason, t)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function Legend() {
  const t = useTranslations("claims");
  const swatch = (kind: ClaimView["kind"], checkworthy: boolean, label: string) => (
    <span className="inline-flex items-center gap-1">
      <span className={cn("inline-block h-3 w-5 rounded-sm", highlightClass({ kind, checkworthy, excluded: false }))} aria-hidden />
      {label}
    </span>
  );
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {swatch("claim", true, t("legend.checkworthy"))}
      {swatch("claim", false, t("legend.claim"))}
      {swatch("quote", true, t("legend.quote"))}
      {swatch("opinion", false, t("legend.opinion"))}
    </p>
  );
}

"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CheckworthyBadge } from "./checkworthy-badge";
import { highlightClass, shownTextLang, type ClaimView } from "./claim-view";
import { ColorBadge } from "@/components/ui/color-badge";
import { reasonDirectionTitle, reasonLabel } from "./reason-label";
import { shortLabel } from "@/lib/domain/text/short-label";

export const itemId = (id: string) => `claim-item-${id}`;

/** The reason create-claim gives a claim marked by hand. */
const ADDED_BY_REVIEWER = "added by a reviewer";

interface ClaimItemProps {
  claim: ClaimView;
  selected: boolean;
  onSelect: () => void;
  checked?: boolean;
  /** Who the claim is assigned to, by name (a desk lead sees from the list who works on what). */
  assignee?: string | null;
  /** Present when the person may change claims: shows a checkbox for bulk actions. */
  onCheck?: () => void;
  /** The article's language, for the verbatim text. */
  lang: string;
}

/**
 * One claim in the side list, compact enough for a day's work: two lines of wording, one line of
 * kind, score, verdict and claimant. The reasons open with the selected claim (details on demand).
 */
export function ClaimItem({ claim, selected, onSelect, checked, assignee, onCheck, lang }: ClaimItemProps) {
  const t = useTranslations("claims");
  return (
    <li id={itemId(claim.id)} className={cn("scroll-my-2 rounded border px-2 py-1.5", selected ? "border-blue-700 bg-blue-50" : "border-slate-200")}>
      <div className="flex items-start gap-2">
        {onCheck && (
          // The label around it is the tap target: the 16 px box alone was hard to hit on a phone (walk of stop 41).
          <label className="-m-2 flex shrink-0 cursor-pointer p-2">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4"
              checked={checked}
              onChange={onCheck}
              aria-label={t("choose", { text: shortLabel(claim.normalizedText ?? claim.text) })}
            />
          </label>
        )}
        <button type="button" data-claim-select className="min-w-0 flex-1 text-left leading-snug" aria-pressed={selected} onClick={onSelect}>
          <span lang={shownTextLang(claim, lang)} className={cn(selected ? "block" : "line-clamp-2", claim.excluded && "line-through")}>{claim.normalizedText ?? claim.text}</span>
        </button>
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-1 text-xs">
        <CheckworthyBadge kind={claim.kind} checkworthy={claim.checkworthy} checkworthiness={claim.checkworthiness} excluded={claim.excluded} origin={claim.origin} />
        {claim.verdict && (
          <ColorBadge color={claim.verdict.color} className="px-1.5">
            {claim.verdict.label}
          </ColorBadge>
        )}
        {(claim.status === "in_review" || claim.status === "needs_second_review") && <Badge tone="blue">{t(`statuses.${claim.status}`)}</Badge>}
        {/* A badge of its own, so "Assigned to …" does not run into the claimant after it (page walk of stop 38). */}
        {assignee && <Badge>{t("assignedToName", { name: assignee })}</Badge>}
        {claim.anchorState === "reanchored" && <Badge tone="blue">{t("reanchored")}</Badge>}
        {claim.anchorState === "orphaned" && <Badge tone="red">{t("orphaned")}</Badge>}
        {claim.excluded && <Badge>{claim.exclusionReason ? t("excludedBecause", { reason: t(`exclusion.reasons.${claim.exclusionReason}`) }) : t("excluded")}</Badge>}
        {/* A badge like its neighbours: plain, it ran into an unbadged "check-worthiness 31%" (walk of stop 40); a dot
            before it started a line whenever it wrapped, and a line of its own cost the list its six cards (re-walk). */}
        {claim.claimantText && <Badge>{t("claimant", { name: claim.claimantText })}</Badge>}
        {/* Named by its claim: seven links all called "Details" told a screen reader nothing (walk of stop 45). */}
        <Link className="-my-1 ml-auto px-1 py-1 text-blue-800 underline" href={`/claims/${claim.id}`} aria-label={t("detailsOf", { text: shortLabel(claim.normalizedText ?? claim.text) })}>
          {t("details")}
        </Link>
      </div>
      {selected && claim.reasons.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label={t("reasons")}>
          {/* "added by a reviewer" stands in the badge already (re-walk of stop 41: it was there twice). */}
          {claim.reasons.filter((reason) => reason !== ADDED_BY_REVIEWER).map((reason) => (
            <li key={reason} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700" title={reasonDirectionTitle(reason, t)}>
              {reasonLabel(reason, t)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The highlight styles as small samples: each kind has its own underline. */
export function Legend() {
  const t = useTranslations("claims");
  const sample = (kind: ClaimView["kind"], checkworthy: boolean, label: string) => (
    <span className={cn("text-slate-800", highlightClass({ kind, checkworthy, excluded: false }))}>{label}</span>
  );
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1.5 text-xs" data-testid="highlight-legend">
      {sample("claim", true, t("legend.checkworthy"))}
      {sample("quote", true, t("legend.quote"))}
      {sample("opinion", false, t("legend.opinion"))}
      {sample("claim", false, t("legend.notCheckworthy"))}
    </p>
  );
}

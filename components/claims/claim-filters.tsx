"use client";

import { useTranslations } from "next-intl";
import type { ClaimView } from "./claim-view";

export type KindFilter = "all" | "claim" | "quote" | "opinion" | "other";
export type WorthFilter = "all" | "checkworthy" | "not-checkworthy";

export interface ClaimFilter {
  kind: KindFilter;
  worth: WorthFilter;
}

export const NO_FILTER: ClaimFilter = { kind: "all", worth: "all" };

/** Whether a claim passes the list's filters (questions, boilerplate and the rest count as "other"). */
export function passesFilter(claim: Pick<ClaimView, "kind" | "checkworthy">, filter: ClaimFilter): boolean {
  const kind = claim.kind === "claim" || claim.kind === "quote" || claim.kind === "opinion" ? claim.kind : "other";
  if (filter.kind !== "all" && filter.kind !== kind) return false;
  if (filter.worth === "checkworthy") return claim.checkworthy;
  if (filter.worth === "not-checkworthy") return !claim.checkworthy;
  return true;
}

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-900";

/** Two small selects above the claim list: kind and check-worthiness. */
export function ClaimFilters({ filter, onChange }: { filter: ClaimFilter; onChange: (filter: ClaimFilter) => void }) {
  const t = useTranslations("workbench.filter");
  const k = useTranslations("claims.kinds");
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-xs" data-testid="claim-filters">
      <label className="flex items-center gap-1">
        {t("kind")}
        <select className={selectClass} value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.target.value as KindFilter })}>
          <option value="all">{t("all")}</option>
          <option value="claim">{k("claim")}</option>
          <option value="quote">{k("quote")}</option>
          <option value="opinion">{k("opinion")}</option>
          <option value="other">{k("other")}</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        {t("worth")}
        <select className={selectClass} value={filter.worth} onChange={(event) => onChange({ ...filter, worth: event.target.value as WorthFilter })}>
          <option value="all">{t("all")}</option>
          <option value="checkworthy">{t("checkworthy")}</option>
          <option value="not-checkworthy">{t("notCheckworthy")}</option>
        </select>
      </label>
    </div>
  );
}

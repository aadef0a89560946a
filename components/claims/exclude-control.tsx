"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { EXCLUSION_REASONS, type ExclusionReason } from "@/lib/domain/claim-model/decisions";

/**
 * Exclude with a reason (default "not check-worthy"). The reason matters: "not check-worthy" and
 * "not a claim" teach the team's claim model, "duplicate" and "other" do not.
 */
export function ExcludeControl({ disabled, onExclude }: { disabled: boolean; onExclude: (reason: ExclusionReason) => unknown }) {
  const t = useTranslations("claims.exclusion");
  const [reason, setReason] = useState<ExclusionReason>("not_checkworthy");
  const id = useId();
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-testid="exclude-control">
      {/* A visible label: the reason alone read like the claim's status (walk of stop 29). */}
      <label className="text-sm text-slate-700" htmlFor={`exclusion-reason-${id}`}>
        {t("reason")}
      </label>
      <Select id={`exclusion-reason-${id}`} value={reason} disabled={disabled} onChange={(event) => setReason(event.target.value as ExclusionReason)}>
        {EXCLUSION_REASONS.map((option) => (
          <option key={option} value={option}>
            {t(`reasons.${option}`)}
          </option>
        ))}
      </Select>
      <Button variant="secondary" disabled={disabled} onClick={() => onExclude(reason)}>
        {t("exclude")}
      </Button>
    </span>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { SavedAlert } from "@/components/ui/saved-alert";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useSaveForm } from "@/lib/client/use-save-form";
import { OUTLET_RELIABILITY } from "@/lib/domain/outlet/reliability";

interface Rating {
  id: string;
  reliability: string | null;
  reliabilityRationale: string | null;
  version: number;
}

/** Editors set (or clear) the outlet's reliability with a rationale; a stale version is reported, not overwritten. */
export function OutletRatingForm({ outlet }: { outlet: Rating }) {
  const t = useTranslations("outlets");
  const { onSubmit, pending, problem, saved } = useSaveForm(`/api/v1/outlets/${outlet.id}`, "PATCH", (form) => ({
    reliability: String(form.get("reliability") ?? "") || null,
    rationale: String(form.get("rationale") ?? ""),
    version: outlet.version,
  }));

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate data-testid="outlet-rating-form">
      <ProblemAlert problem={problem} />
      <SavedAlert saved={saved} text={t("ratingSaved")} />
      <Field id="reliability" label={t("reliability")}>
        <Select id="reliability" name="reliability" defaultValue={outlet.reliability ?? ""}>
          <option value="">{t("notRated")}</option>
          {OUTLET_RELIABILITY.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="rationale" label={t("rationale")} hint={t("rationaleHint")}>
        <Textarea id="rationale" name="rationale" rows={3} defaultValue={outlet.reliabilityRationale ?? ""} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("saveRating")}
      </Button>
    </form>
  );
}

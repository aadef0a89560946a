"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useApiAction } from "@/lib/client/use-api-action";
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
  const { run, pending, problem } = useApiAction();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reliability = String(form.get("reliability") ?? "");
    setSaved(false);
    const done = await run(`/api/v1/outlets/${outlet.id}`, "PATCH", {
      reliability: reliability || null,
      rationale: String(form.get("rationale") ?? ""),
      version: outlet.version,
    });
    setSaved(Boolean(done));
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="outlet-rating-form">
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {saved && <Alert tone="success">{t("ratingSaved")}</Alert>}
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

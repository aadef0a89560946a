"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { useFocusAfter } from "@/components/ui/use-focus-after";
import { useSaveForm } from "@/lib/client/use-save-form";

interface Settings {
  blindReview: boolean;
  minSourcesForFinal: number;
  relatedClaimThreshold: number;
}

export function TeamSettingsForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const t = useTranslations("settings");
  const format = useFormatter();
  const { onSubmit, pending, problem, saved } = useSaveForm("/api/v1/team/settings", "PATCH", (form) => ({
    blindReview: form.get("blindReview") === "on",
    minSourcesForFinal: Number(form.get("minSourcesForFinal")),
    // Written as the reader writes decimals ("0,4" in German): a number field showed "0.4" beside a hint of "0,1 … 1".
    relatedClaimThreshold: decimal(form.get("relatedClaimThreshold")),
  }));
  // What came of saving takes the focus: the field in question, or the sentence (walk of stop 41: a refused value was
  // not marked, and "Saved." after fixing it went unnoticed).
  const outcome = useFocusAfter<HTMLFormElement>([saved, problem], "[aria-invalid=true], [data-outcome]");
  const fieldError = (name: string) => problem?.fields[name];
  const fieldProblem = Boolean(fieldError("minSourcesForFinal") || fieldError("relatedClaimThreshold"));

  return (
    <form ref={outcome} onSubmit={onSubmit} className="space-y-4" noValidate>
      <div tabIndex={-1} data-outcome={fieldProblem ? undefined : ""} className="space-y-2 outline-none">
        {problem && !fieldProblem && <Alert tone="error">{problem.message}</Alert>}
        {saved && <Alert tone="success">{t("saved")}</Alert>}
      </div>
      {!canEdit && <p className="text-xs text-slate-600">{t("adminsChange")}</p>}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="blindReview" defaultChecked={settings.blindReview} disabled={!canEdit} className="h-4 w-4" />
        {t("blindReview")}
      </label>
      <Field id="minSourcesForFinal" label={t("minSources")} error={fieldError("minSourcesForFinal")}>
        <Input id="minSourcesForFinal" name="minSourcesForFinal" type="number" min={0} max={20} defaultValue={settings.minSourcesForFinal} disabled={!canEdit} invalid={Boolean(fieldError("minSourcesForFinal"))} aria-describedby={describedBy("minSourcesForFinal", fieldError("minSourcesForFinal"))} />
      </Field>
      <Field id="relatedClaimThreshold" label={t("relatedThreshold")} hint={t("relatedThresholdHint")} error={fieldError("relatedClaimThreshold")}>
        <Input id="relatedClaimThreshold" name="relatedClaimThreshold" inputMode="decimal" defaultValue={format.number(settings.relatedClaimThreshold, { maximumFractionDigits: 2 })} disabled={!canEdit} invalid={Boolean(fieldError("relatedClaimThreshold"))} aria-describedby={describedBy("relatedClaimThreshold", fieldError("relatedClaimThreshold"), true)} />
      </Field>
      {canEdit && <Button type="submit" disabled={pending}>{t("save")}</Button>}
    </form>
  );
}

/** A decimal typed with a comma or a point; what is no number goes to the server as it is, to be refused with a message. */
function decimal(value: FormDataEntryValue | null): number | string {
  const text = String(value ?? "").trim();
  const number = Number(text.replace(",", "."));
  return text && Number.isFinite(number) ? number : text;
}


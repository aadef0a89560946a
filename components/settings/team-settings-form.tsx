"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useSaveForm } from "@/lib/client/use-save-form";

interface Settings {
  blindReview: boolean;
  minSourcesForFinal: number;
  relatedClaimThreshold: number;
}

export function TeamSettingsForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const t = useTranslations("settings");
  const { onSubmit, pending, problem, saved } = useSaveForm("/api/v1/team/settings", "PATCH", (form) => ({
    blindReview: form.get("blindReview") === "on",
    minSourcesForFinal: Number(form.get("minSourcesForFinal")),
    relatedClaimThreshold: Number(form.get("relatedClaimThreshold")),
  }));

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      {!canEdit && <p className="text-xs text-slate-600">{t("adminsChange")}</p>}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="blindReview" defaultChecked={settings.blindReview} disabled={!canEdit} className="h-4 w-4" />
        {t("blindReview")}
      </label>
      <Field id="minSourcesForFinal" label={t("minSources")}>
        <Input id="minSourcesForFinal" name="minSourcesForFinal" type="number" min={0} max={20} defaultValue={settings.minSourcesForFinal} disabled={!canEdit} />
      </Field>
      <Field id="relatedClaimThreshold" label={t("relatedThreshold")} hint={t("relatedThresholdHint")}>
        <Input id="relatedClaimThreshold" name="relatedClaimThreshold" type="number" min={0.1} max={1} step={0.05} defaultValue={settings.relatedClaimThreshold} disabled={!canEdit} />
      </Field>
      {canEdit && <Button type="submit" disabled={pending}>{t("save")}</Button>}
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useApiAction } from "@/lib/client/use-api-action";

interface Settings {
  blindReview: boolean;
  minSourcesForFinal: number;
  relatedClaimThreshold: number;
}

export function TeamSettingsForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const t = useTranslations("settings");
  const { run, pending, problem } = useApiAction();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    const done = await run("/api/v1/team/settings", "PATCH", {
      blindReview: form.get("blindReview") === "on",
      minSourcesForFinal: Number(form.get("minSourcesForFinal")),
      relatedClaimThreshold: Number(form.get("relatedClaimThreshold")),
    });
    setSaved(Boolean(done));
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {saved && <Alert tone="success">{t("saved")}</Alert>}
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

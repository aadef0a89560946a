"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useApiAction } from "@/lib/client/use-api-action";

interface Publisher {
  organizationName: string | null;
  organizationUrl: string | null;
  logoUrl: string | null;
  reportUrlPattern: string | null;
}

const FIELDS = ["organizationName", "organizationUrl", "logoUrl", "reportUrlPattern"] as const;

/** The organisation that publishes the team's fact-checks (admins edit; everyone else reads). */
export function PublisherForm({ publisher, canEdit }: { publisher: Publisher; canEdit: boolean }) {
  const t = useTranslations("settings");
  const { run, pending, problem } = useApiAction();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    // An emptied field clears the setting.
    const body = Object.fromEntries(FIELDS.map((name) => [name, String(form.get(name) ?? "").trim() || null]));
    setSaved(Boolean(await run("/api/v1/team/settings", "PATCH", body)));
  }

  const hints: Partial<Record<(typeof FIELDS)[number], string>> = {
    organizationName: t("organizationNameHint"),
    reportUrlPattern: t("reportUrlPatternHint", { placeholder: "{articleId}" }),
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="publisher-form">
      <p className="text-sm text-slate-600">{t("publisherHint")}</p>
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      {FIELDS.map((name) => (
        <Field key={name} id={name} label={t(name)} hint={hints[name]} error={problem?.fields[name]}>
          <Input
            id={name}
            name={name}
            type={name === "organizationName" ? "text" : "url"}
            defaultValue={publisher[name] ?? ""}
            disabled={!canEdit}
            invalid={Boolean(problem?.fields[name])}
            className="break-all"
          />
        </Field>
      ))}
      {canEdit && <Button type="submit" disabled={pending}>{t("savePublisher")}</Button>}
    </form>
  );
}

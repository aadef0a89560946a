"use client";

import { useTranslations } from "next-intl";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { SavedAlert } from "@/components/ui/saved-alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useSaveForm } from "@/lib/client/use-save-form";

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
  // An emptied field clears the setting.
  const { onSubmit, pending, problem, saved } = useSaveForm("/api/v1/team/settings", "PATCH", (form) =>
    Object.fromEntries(FIELDS.map((name) => [name, String(form.get(name) ?? "").trim() || null])),
  );

  const hints: Partial<Record<(typeof FIELDS)[number], string>> = {
    organizationName: t("organizationNameHint"),
    reportUrlPattern: t("reportUrlPatternHint", { placeholder: "{articleId}" }),
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="publisher-form">
      <p className="text-sm text-slate-600">{t("publisherHint")}</p>
      {!canEdit && <p className="text-xs text-slate-600">{t("adminsChange")}</p>}
      <ProblemAlert problem={problem} />
      <SavedAlert saved={saved} text={t("saved")} />
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

"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { SavedAlert } from "@/components/ui/saved-alert";
import { Button } from "@/components/ui/button";
import { MAIL_KINDS, type MailPreferences } from "@/lib/domain/notify/mail-kinds";
import { useSaveForm } from "@/lib/client/use-save-form";

/** The person's own notification mails; when the server sends no mail, it says so and keeps the choices. */
export function NotificationForm({ preferences, mailEnabled }: { preferences: MailPreferences; mailEnabled: boolean }) {
  const t = useTranslations("notifications");
  const { onSubmit, pending, problem, saved } = useSaveForm("/api/v1/me/notifications", "PATCH", (form) =>
    Object.fromEntries(MAIL_KINDS.map((kind) => [kind, form.get(kind) === "on"])),
  );
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="notification-form">
      {!mailEnabled && <Alert tone="info">{t("off")}</Alert>}
      <ProblemAlert problem={problem} />
      <SavedAlert saved={saved} text={t("saved")} />
      <fieldset className="space-y-3">
        <legend className="sr-only">{t("title")}</legend>
        {MAIL_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={kind} defaultChecked={preferences[kind]} className="mt-0.5 h-4 w-4 shrink-0" />
            {t(kind)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>{t("save")}</Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { useApiAction } from "@/lib/client/use-api-action";

/** Changing the password ends every session, this one too, so success leads to the sign-in page. */
export function PasswordForm() {
  const t = useTranslations("password");
  const { run, pending, problem } = useApiAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") };
    if (await run("/api/v1/me/password", "POST", body)) await signOut({ callbackUrl: "/sign-in?signedOut=1" });
  }

  const errors = problem?.fields ?? {};
  const field = (id: string) => ({ id, name: id, invalid: Boolean(errors[id]), "aria-describedby": describedBy(id, errors[id]) });
  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="password-form">
      {problem && Object.keys(errors).length === 0 && <Alert tone="error">{problem.message}</Alert>}
      <Field id="currentPassword" label={t("current")} error={errors.currentPassword}>
        <Input {...field("currentPassword")} type="password" autoComplete="current-password" required />
      </Field>
      <Field id="newPassword" label={t("new")} hint={t("hint")} error={errors.newPassword}>
        <Input {...field("newPassword")} type="password" autoComplete="new-password" minLength={10} maxLength={200} required />
      </Field>
      <Button type="submit" disabled={pending}>{t("change")}</Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/(auth)/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { ActionAlert } from "@/components/ui/action-alert";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  // Done, the action goes on to sign-in, which says the password is set.
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionAlert state={state} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the new password is saved with the address it belongs to (the page shows it above). */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={errors.password}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required
          aria-describedby={describedBy("password", errors.password, true)} invalid={Boolean(errors.password)} />
      </Field>
      <Field id="confirmPassword" label={t("confirm")} error={errors.confirmPassword}>
        <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required
          aria-describedby={describedBy("confirmPassword", errors.confirmPassword)} invalid={Boolean(errors.confirmPassword)} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}

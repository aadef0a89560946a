"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteMemberAction } from "@/app/(app)/members/actions";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { RoleOptions } from "./role-options";
import { ActionAlert } from "@/components/ui/action-alert";
import { useFocusAfter } from "@/components/ui/use-focus-after";

/** `openIds`: the team's open invitations; a new invitation's link is shown only while it is one of them. */
export function InviteMemberForm({ mailEnabled, openIds }: { mailEnabled: boolean; openIds: string[] }) {
  const t = useTranslations("members");
  const [state, action, pending] = useActionState(inviteMemberAction, null);
  // Revoked right after it was made: its link is no longer offered (re-walk of stop 44).
  const open = state?.ok === true && openIds.includes(state.data.invitationId);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // A refused form shows what was typed again (React empties it after the action).
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const invitationUrl =
    state?.ok && state.data.invitationPath && typeof window !== "undefined"
      ? new URL(state.data.invitationPath, window.location.origin).toString()
      : null;

  // What came of it takes the focus: the refusal, the field in question, or the new link's Copy button (walk of stop 43).
  const outcome = useFocusAfter<HTMLFormElement>([state], "[data-outcome], [aria-invalid=true], [data-testid=copy-invitation-link]");
  return (
    <form ref={outcome} action={action} className="space-y-4" noValidate>
      <ActionAlert state={state} />
      {state?.ok && open && (
        <Alert tone="success">
          {/* The same answer whether the address has an account or not. */}
          {t("invitationLink", { email: state.data.email })}
          <code className="mt-2 block break-all rounded bg-white p-2" data-testid="invitation-link">
            {invitationUrl}
          </code>
          {invitationUrl && (
            <span className="mt-2 block">
              <CopyButton value={invitationUrl} label={t("copyLink")} testId="copy-invitation-link" />
            </span>
          )}
          {state.data.mailed && <span className="mt-2 block">{t("mailSent", { email: state.data.email })}</span>}
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Field id="member-name" label={t("name")} error={errors.name}>
          <Input id="member-name" name="name" required defaultValue={values.name} invalid={Boolean(errors.name)}
            aria-describedby={describedBy("member-name", errors.name)} />
        </Field>
        <Field id="member-email" label={t("email")} error={errors.email}>
          <Input id="member-email" name="email" type="email" required defaultValue={values.email} invalid={Boolean(errors.email)}
            aria-describedby={describedBy("member-email", errors.email)} />
        </Field>
        <Field id="member-role" label={t("role")} error={errors.role}>
          {/* A select takes a new default only when it mounts: the key mounts it again with the refused value. */}
          <Select key={values.role} id="member-role" name="role" defaultValue={values.role ?? "reviewer"}>
            <RoleOptions />
          </Select>
        </Field>
      </div>
      {!mailEnabled && <p className="text-sm text-slate-600" data-testid="mail-off">{t("mailOff")}</p>}
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

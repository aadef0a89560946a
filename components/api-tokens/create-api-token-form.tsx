"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createApiTokenAction } from "@/app/(app)/api-tokens/actions";
import { RoleOptions } from "@/components/members/role-options";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { ActionAlert } from "@/components/ui/action-alert";
import { useFocusAfter } from "@/components/ui/use-focus-after";

/** `activeIds`: the team's unrevoked tokens; a new token's secret is shown only while it is one of them. */
export function CreateApiTokenForm({ activeIds }: { activeIds: string[] }) {
  const t = useTranslations("apiTokens");
  const [state, action, pending] = useActionState(createApiTokenAction, null);
  // Revoked right after it was made: its secret is no longer offered for copying (re-walk of stop 44).
  const showSecret = state?.ok === true && activeIds.includes(state.data.id);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // A refused form shows what was typed again (React empties it after the action).
  const values = state && !state.ok ? (state.values ?? {}) : {};
  // What came of it takes the focus: the refusal, the field in question, or the new token's Copy button (walk of stop 43).
  const outcome = useFocusAfter<HTMLFormElement>([state], "[data-outcome], [aria-invalid=true], [data-testid=copy-api-token]");
  return (
    <form ref={outcome} action={action} className="space-y-4" noValidate>
      <ActionAlert state={state} />
      {state?.ok && showSecret && (
        <Alert tone="success">
          {t("created")}
          <code className="mt-2 block break-all rounded bg-white p-2" data-testid="new-api-token">
            {state.data.secret}
          </code>
          <span className="mt-2 block">
            <CopyButton value={state.data.secret} label={t("copyToken")} testId="copy-api-token" />
          </span>
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="token-name" label={t("name")} error={errors.name}>
          <Input id="token-name" name="name" required defaultValue={values.name} invalid={Boolean(errors.name)}
            aria-describedby={describedBy("token-name", errors.name)} />
        </Field>
        <Field id="token-role" label={t("role")}>
          {/* A select takes a new default only when it mounts: the key mounts it again with the refused value. */}
          <Select key={values.role} id="token-role" name="role" defaultValue={values.role ?? "viewer"}>
            <RoleOptions />
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useApiAction } from "@/lib/client/use-api-action";
import { WEBHOOK_EVENTS } from "@/lib/domain/notify/events";

/** Registers a webhook; its signing secret is shown here once, as the API returns it only once. */
export function WebhookForm() {
  const t = useTranslations("webhooks");
  const { run, pending, problem } = useApiAction();
  const [secret, setSecret] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSecret(null);
    const created = await run<{ secret: string }>("/api/v1/team/webhooks", "POST", {
      url: String(form.get("url") ?? "").trim(),
      events: form.getAll("events").map(String),
      format: form.get("format"),
    });
    if (created) {
      setSecret(created.secret);
      formElement.reset();
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="webhook-form">
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {secret && (
        <Alert tone="success">
          {t("secretOnce")}
          <code className="mt-2 block break-all rounded bg-white p-2" data-testid="webhook-secret">{secret}</code>
        </Alert>
      )}
      <Field id="webhook-url" label={t("url")} error={problem?.fields.url}>
        <Input id="webhook-url" name="url" type="url" placeholder="https://" required invalid={Boolean(problem?.fields.url)} />
      </Field>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("events")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((name) => (
            // The label is in the reader's words; the API name (README, every delivery) is the checkbox's value.
            <label key={name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events" value={name} className="h-4 w-4 shrink-0" />
              {t(`eventNames.${name.replace(".", "_")}`)}
            </label>
          ))}
        </div>
        {problem?.fields.events && <p className="mt-1 text-sm text-red-700">{t("pickEvent")}</p>}
      </fieldset>
      <Field id="webhook-format" label={t("format")}>
        <Select id="webhook-format" name="format" defaultValue="json">
          <option value="json">{t("formatJson")}</option>
          <option value="slack">{t("formatSlack")}</option>
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>{t("add")}</Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useFocusAfter } from "@/components/ui/use-focus-after";
import { useApiAction } from "@/lib/client/use-api-action";
import { WEBHOOK_EVENTS } from "@/lib/domain/notify/events";

/**
 * Registers a webhook; its signing secret is shown here once, as the API returns it only once, with the address it
 * belongs to, and only while that webhook exists (`webhookIds`: walk of stop 41, a deleted one's secret stayed).
 */
export function WebhookForm({ webhookIds }: { webhookIds: string[] }) {
  const t = useTranslations("webhooks");
  const { run, pending, problem } = useApiAction();
  const [created, setCreated] = useState<{ id: string; url: string; secret: string } | null>(null);
  // Shown at once (the list may not have refreshed yet), and gone once its webhook has left the list.
  const [listedId, setListedId] = useState<string | null>(null);
  useEffect(() => {
    if (created && webhookIds.includes(created.id)) setListedId(created.id);
  }, [created, webhookIds]);
  const secret = created && (webhookIds.includes(created.id) || listedId !== created.id) ? created.secret : null;
  // The focus goes to the secret shown once, or to what went wrong (it stayed on the disabled button): the field when it
  // is about one, whose own message then says it once (walk of stop 41: the banner said it again above).
  const form = useFocusAfter<HTMLFormElement>([created, problem], "[data-focus-after]");
  const fieldProblem = problem?.fields.url ? "url" : problem?.fields.events ? "events" : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setCreated(null);
    const webhook = await run<{ id: string; url: string; secret: string }>("/api/v1/team/webhooks", "POST", {
      url: String(form.get("url") ?? "").trim(),
      events: form.getAll("events").map(String),
      format: form.get("format"),
    });
    if (webhook) {
      setCreated(webhook);
      formElement.reset();
    }
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate data-testid="webhook-form">
      <div tabIndex={-1} className="space-y-2 outline-none" data-focus-after={fieldProblem ? undefined : ""}>
        {problem && !fieldProblem && <Alert tone="error">{problem.message}</Alert>}
        {secret && (
          <Alert tone="success">
            {t("secretOnceFor", { url: created!.url })}
            <code className="mt-2 block break-all rounded bg-white p-2" data-testid="webhook-secret">{secret}</code>
          </Alert>
        )}
      </div>
      <Field id="webhook-url" label={t("url")} error={problem?.fields.url}>
        <Input id="webhook-url" name="url" type="url" placeholder="https://" required invalid={Boolean(problem?.fields.url)} data-focus-after={fieldProblem === "url" ? "" : undefined} />
      </Field>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("events")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((name, index) => (
            // The label is in the reader's words; the API name (README, every delivery) is the checkbox's value.
            <label key={name} className="flex items-center gap-2 text-sm">
              {/* The refusal is said with the box that takes the focus (walk of stop 45: a screen reader said only the box's name). */}
              <input type="checkbox" name="events" value={name} className="h-4 w-4 shrink-0" data-focus-after={fieldProblem === "events" && index === 0 ? "" : undefined}
                aria-invalid={problem?.fields.events ? true : undefined} aria-describedby={problem?.fields.events ? "webhook-events-error" : undefined} />
              {t(`eventNames.${name.replace(".", "_")}`)}
            </label>
          ))}
        </div>
        {problem?.fields.events && <p id="webhook-events-error" role="alert" className="mt-1 text-sm text-red-700">{t("pickEvent")}</p>}
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

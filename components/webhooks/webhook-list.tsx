"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LiveNotice } from "@/components/ui/live-notice";
import { useApiAction } from "@/lib/client/use-api-action";
import { DeliveryLog } from "./delivery-log";

export interface WebhookRow {
  id: string;
  url: string;
  events: string[];
  format: string;
}

export function WebhookList({ webhooks }: { webhooks: WebhookRow[] }) {
  const t = useTranslations("webhooks");
  const { run, pending } = useApiAction();
  // A sentence says which one went, and takes the focus from the button that went with it (walk of stop 41).
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  const remove = async (webhook: WebhookRow) => {
    if (!window.confirm(t("confirmDelete", { url: webhook.url }))) return;
    // A deletion answers 204 without a body: null is the failure, an empty success is undefined.
    if ((await run(`/api/v1/team/webhooks/${webhook.id}`, "DELETE")) !== null) setNotice({ text: t("deleted", { url: webhook.url }) });
  };
  // One element: the settings page lays the list and the form out side by side.
  return (
    <div>
      <LiveNotice notice={notice} />
      {webhooks.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : <List webhooks={webhooks} pending={pending} remove={remove} />}
    </div>
  );
}

function List({ webhooks, pending, remove }: { webhooks: WebhookRow[]; pending: boolean; remove: (webhook: WebhookRow) => void }) {
  const t = useTranslations("webhooks");
  return (
    <ul className="divide-y divide-slate-200" data-testid="webhook-list">
      {webhooks.map((webhook) => (
        <li key={webhook.id} className="space-y-2 py-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="break-all font-mono text-sm">{webhook.url}</p>
              <p className="text-xs text-slate-600">
                {/* The events by the names the form and the log use, not their keys (walk of stop 40: "comment.created"). */}
                {webhook.events.map((name) => (t.has(`eventNames.${name.replace(".", "_")}`) ? t(`eventNames.${name.replace(".", "_")}`) : name)).join(", ")} ·{" "}
                {webhook.format === "slack" ? t("formatSlack") : t("formatJson")}
              </p>
            </div>
            {/* Named by its address (several rows each had a bare "Delete"), and asked first: deleting drops its log too. */}
            <Button
              variant="danger"
              disabled={pending}
              aria-label={t("deleteFor", { url: webhook.url })}
              onClick={() => remove(webhook)}
            >
              {t("delete")}
            </Button>
          </div>
          <DeliveryLog webhookId={webhook.id} />
        </li>
      ))}
    </ul>
  );
}

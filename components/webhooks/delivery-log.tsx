"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { sendJson } from "@/lib/client/send-json";

interface Delivery {
  id: string;
  event: string;
  status: "pending" | "retrying" | "succeeded" | "failed";
  attempt: number;
  responseStatus: number | null;
  durationMs: number | null;
  responseBody: string | null;
  createdAt: string;
}

const TONE = { pending: "neutral", retrying: "amber", succeeded: "green", failed: "red" } as const;

/** The webhook's newest deliveries, loaded when opened; each can be sent again. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const [deliveries, setDeliveries] = useState<Delivery[] | null>(null);
  const [note, setNote] = useState<string | null>(null);

  async function load() {
    const response = await fetch(`/api/v1/team/webhooks/${webhookId}/deliveries`);
    const payload = await response.json().catch(() => null);
    setDeliveries(response.ok ? (payload?.data ?? []) : []);
  }
  async function replay(id: string) {
    const result = await sendJson(`/api/v1/team/webhooks/${webhookId}/deliveries/${id}/replay`, "POST");
    setNote(result.ok ? t("replayed") : result.problem.message);
    await load();
  }

  if (!deliveries) {
    return <Button variant="secondary" onClick={load}>{t("deliveries")}</Button>;
  }
  return (
    <div className="space-y-2" data-testid="delivery-log">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={load}>{t("deliveries")}</Button>
        <Button variant="ghost" onClick={() => setDeliveries(null)}>{t("hide")}</Button>
        {note && <span role="status" className="text-sm text-slate-600">{note}</span>}
      </div>
      {deliveries.length === 0 && <p className="text-sm text-slate-600">{t("noDeliveries")}</p>}
      <ul className="space-y-2">
        {deliveries.map((delivery) => (
          <li key={delivery.id} className="rounded border border-slate-200 p-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={TONE[delivery.status]}>{t(`statuses.${delivery.status}`)}</Badge>
              <span data-event={delivery.event}>{t.has(`eventNames.${delivery.event.replace(".", "_")}`) ? t(`eventNames.${delivery.event.replace(".", "_")}`) : delivery.event}</span>
              <span className="text-slate-600">
                {t("attempt")} {delivery.attempt} · HTTP {delivery.responseStatus ?? "—"}{delivery.responseStatus !== null && ` · ${delivery.durationMs} ms`}
              </span>
              <time className="text-xs text-slate-500" dateTime={delivery.createdAt}>{format.dateTime(new Date(delivery.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
              <Button variant="secondary" className="ml-auto" onClick={() => replay(delivery.id)}>{t("replay")}</Button>
            </div>
            {delivery.responseBody && (
              <pre className="mt-1 max-h-24 overflow-auto whitespace-pre-wrap break-all text-xs text-slate-600" aria-label={t("response")}>{delivery.responseBody}</pre>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { useApiAction } from "@/lib/client/use-api-action";

export interface FeedStatus {
  enabled: boolean;
  since: Date | string | null;
}

/** The team's ClaimReview feeds: the API address for everyone, the public address on/off for admins. */
export function ClaimReviewFeedPanel({ status, canManage }: { status: FeedStatus; canManage: boolean }) {
  const t = useTranslations("settings.feed");
  const format = useFormatter();
  const { run, pending, problem } = useApiAction();
  // The public address exists only in the answer that created it (the server keeps its hash).
  const [address, setAddress] = useState<string | null>(null);

  async function enable() {
    const created = await run<{ url: string }>("/api/v1/team/claimreview-feed", "POST");
    if (created) setAddress(created.url);
  }

  return (
    <div className="space-y-3 text-sm" data-testid="claim-review-feed-panel">
      <p className="text-slate-700">{t("intro")}</p>
      <p>
        {t("apiAddress")} <code className="break-all rounded bg-slate-100 px-1">/api/v1/feeds/claimreview</code>
      </p>
      <ProblemAlert problem={problem} />
      <p role="status">
        {status.enabled && status.since ? t("publicOn", { date: format.dateTime(new Date(status.since), { dateStyle: "medium" }) }) : t(canManage ? "publicOff" : "publicOffAdmins")}
      </p>
      {address && (
        <Alert tone="success">
          {t("newAddress")} <code className="break-all" data-testid="public-feed-url">{address}</code>{" "}
          <CopyButton value={address} />
        </Alert>
      )}
      {canManage && (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={pending} onClick={() => window.confirm(t(status.enabled ? "confirmRotate" : "confirmEnable")) && enable()}>
            {status.enabled ? t("rotate") : t("enable")}
          </Button>
          {status.enabled && (
            <Button variant="secondary" disabled={pending} onClick={() => window.confirm(t("confirmDisable")) && run("/api/v1/team/claimreview-feed", "DELETE").then(() => setAddress(null))}>
              {t("disable")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";

export function MarkInboxRead() {
  const t = useTranslations("inbox");
  const { run, pending } = useApiAction();
  return (
    <Button variant="secondary" disabled={pending} onClick={() => run("/api/v1/me/inbox/read", "POST", {})}>
      {t("markRead")}
    </Button>
  );
}

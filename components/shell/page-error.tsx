"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** The error state of every page: says nothing about internals, offers a retry. */
export function PageError({ reset }: { reset: () => void }) {
  const t = useTranslations("common");
  return (
    <Notice title={t("errorTitle")}>
      <p>{t("errorBody")}</p>
      <Button className="mt-4" variant="secondary" onClick={reset}>
        {t("retry")}
      </Button>
    </Notice>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";

/**
 * Fetches a cited page again now (reviewers and up; once a minute per source). "Archive now" while there is no copy:
 * "Archive again" beside "Not archived yet" read as if a copy existed (walk of stop 41).
 */
export function ArchiveAgainButton({ sourceId, archived }: { sourceId: string; archived: boolean }) {
  const t = useTranslations("source");
  const { run, pending, problem } = useApiAction();
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" className="px-2 py-0.5 text-xs" disabled={pending} onClick={() => run(`/api/v1/sources/${sourceId}/archive`, "POST")}>
        {pending ? t("archiving") : t(archived ? "archiveAgain" : "archiveNow")}
      </Button>
      {problem && (
        <span role="alert" className="text-xs text-red-800">
          {problem.message}
        </span>
      )}
    </span>
  );
}

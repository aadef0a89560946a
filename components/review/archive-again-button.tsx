"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LiveNotice } from "@/components/ui/live-notice";
import { useApiAction } from "@/lib/client/use-api-action";

/**
 * Fetches a cited page again now (reviewers and up; once a minute per source). "Archive now" while there is no copy:
 * "Archive again" beside "Not archived yet" read as if a copy existed (walk of stop 41).
 */
export function ArchiveAgainButton({ sourceId, archived }: { sourceId: string; archived: boolean }) {
  const t = useTranslations("source");
  const { run, pending, problem } = useApiAction();
  // What came of it, said and focused: the first click had shown nothing for seconds (re-walk of stop 41).
  const [outcome, setOutcome] = useState<{ text: string } | null>(null);
  const archive = async () => {
    setOutcome(null);
    const source = await run<{ linkState: string }>(`/api/v1/sources/${sourceId}/archive`, "POST");
    if (source) setOutcome({ text: t(source.linkState === "failed" ? "archiveFailed" : "archiveDone") });
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <LiveNotice notice={outcome} inline />
      <Button variant="secondary" className="px-2 py-0.5 text-xs" disabled={pending} onClick={() => void archive()}>
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

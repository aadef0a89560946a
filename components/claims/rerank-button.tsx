"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { LiveNotice } from "@/components/ui/live-notice";
import { useApiAction } from "@/lib/client/use-api-action";

/**
 * "Re-rank this article" with the team's current claim model; claims reviewers decided on stay as they are. It ends
 * the row of the article's buttons (`children` before it): what it did goes below the row, no wider than it, and takes
 * the focus (walk of stop 43: the sentence beside the button pushed the row apart, and the focus fell to the page's top).
 */
export function RerankButton({ articleId, children }: { articleId: string; children?: ReactNode }) {
  const t = useTranslations("articles.rerank");
  const { run, pending, problem } = useApiAction();
  const [result, setResult] = useState<{ changed: number; kept: number } | null>(null);
  // One notice object per result: a new one on every render would take the focus again each time.
  const notice = useMemo(() => (result ? { text: t("done", result) } : null), [result, t]);
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex flex-wrap gap-2">
        {children}
        <Button variant="secondary" disabled={pending} title={t("hint")} data-testid="rerank" onClick={async () => setResult(await run<{ changed: number; kept: number }>(`/api/v1/articles/${articleId}/rerank`, "POST", {}))}>
          {t("button")}
        </Button>
      </div>
      {/* As wide as the buttons above, never wider: a wider sentence pushed a right-aligned row of buttons aside. */}
      <div className="w-0 min-w-full">
        <LiveNotice notice={notice} testId="rerank-result" />
        <ProblemAlert problem={problem} />
      </div>
    </div>
  );
}

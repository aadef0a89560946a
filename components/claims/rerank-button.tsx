"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";

/** "Re-rank this article" with the team's current claim model; claims reviewers decided on stay as they are. */
export function RerankButton({ articleId }: { articleId: string }) {
  const t = useTranslations("articles.rerank");
  const { run, pending, problem } = useApiAction();
  const [result, setResult] = useState<{ changed: number; kept: number } | null>(null);
  return (
    <div className="flex flex-col items-end gap-1" data-testid="rerank">
      <Button variant="secondary" disabled={pending} title={t("hint")} onClick={async () => setResult(await run<{ changed: number; kept: number }>(`/api/v1/articles/${articleId}/rerank`, "POST", {}))}>
        {t("button")}
      </Button>
      {result && <p className="text-xs text-slate-700" role="status">{t("done", result)}</p>}
      <ProblemAlert problem={problem} />
    </div>
  );
}

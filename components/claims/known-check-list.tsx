"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";

export interface KnownCheckView {
  id: string;
  reviewUrl: string;
  claimReviewed: string;
  claimant: string | null;
  ratingName: string | null;
  publisher: string | null;
  reviewedAt: Date | string | null;
  score: number;
  sharedEntities: string[];
}

/**
 * "Already checked elsewhere": other fact-checkers' reviews of a similar claim. Everything in them came
 * from outside, so it is shown as text only; the link opens without referrer or opener.
 */
export function KnownCheckList({ claimId, checks, citedUrls, canCite, canImport }: { claimId: string; checks: KnownCheckView[]; citedUrls: string[]; canCite: boolean; canImport: boolean }) {
  const t = useTranslations("claims.knownChecks");
  const format = useFormatter();
  const { run, pending, problem } = useApiAction();
  const cited = new Set(citedUrls);
  // Where to import them is said only to those who may (walk of stop 32: viewers were sent to Settings).
  if (checks.length === 0) return <p className="mt-2 text-sm text-slate-600">{t("none")}{canImport && ` ${t("importHint")}`}</p>;
  return (
    <div className="mt-3 space-y-2" data-testid="known-checks">
      <ProblemAlert problem={problem} />
      <ol className="space-y-3 text-sm">
        {checks.map((check) => (
          <li key={check.id} className="rounded border border-slate-200 p-2" data-testid="known-check">
            <div className="flex flex-wrap items-center gap-2">
              {check.ratingName && <Badge tone="amber">{check.ratingName}</Badge>}
              <span className="text-slate-700">{check.publisher ?? t("unknownPublisher")}</span>
              {check.reviewedAt && <span className="text-xs text-slate-600">{format.dateTime(new Date(check.reviewedAt), { dateStyle: "medium" })}</span>}
            </div>
            <p className="mt-1 break-words">{check.claimReviewed}</p>
            {check.claimant && <p className="text-xs text-slate-600">{t("claimant", { name: check.claimant })}</p>}
            <p className="mt-1 text-xs text-slate-600">
              {t("score", { score: Math.round(check.score * 100) })}
              {check.sharedEntities.length > 0 && ` · ${t("shared", { names: check.sharedEntities.join(", ") })}`}
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <a className="break-all text-blue-800 underline" href={check.reviewUrl} rel="noopener noreferrer nofollow" target="_blank">
                {t("read")}
              </a>
              {cited.has(check.reviewUrl) ? (
                <Badge tone="green">{t("cited")}</Badge>
              ) : (
                canCite && (
                  <Button variant="secondary" className="ml-auto px-2 py-1 text-xs" disabled={pending} onClick={() => run(`/api/v1/known-fact-checks/${check.id}/cite`, "POST", { claimId })}>
                    {t("cite")}
                  </Button>
                )
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

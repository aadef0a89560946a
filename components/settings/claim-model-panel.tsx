"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";

interface ModelVersion {
  label: "checkworthy" | "subjective";
  version: number;
  trainedAt: Date | string;
  decisionCount: number;
  agreementBefore: number;
  agreementAfter: number;
  evaluatedOn: number;
}

export interface ClaimModelSummary {
  retrainAfter: number;
  languages: { language: "de" | "en"; decisions: number; pendingDecisions: number; models: ModelVersion[] }[];
}

/** What the team's claim model learned, per language, and (admins) a reset to the shipped engine. */
export function ClaimModelPanel({ summary, canReset }: { summary: ClaimModelSummary; canReset: boolean }) {
  const t = useTranslations("settings.claimModel");
  const format = useFormatter();
  const { run, pending, problem } = useApiAction();
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
  return (
    <div className="space-y-4 text-sm" data-testid="claim-model-panel">
      <p className="text-slate-700">{t("intro", { count: summary.retrainAfter })}</p>
      <ProblemAlert problem={problem} />
      {summary.languages.map(({ language, decisions, pendingDecisions, models }) => (
        <div key={language} className="rounded border border-slate-200 p-3" data-testid={`claim-model-${language}`}>
          <h3 className="font-semibold">{t(`languages.${language}`)}</h3>
          <p className="mt-1">{t("decisions", { count: decisions, pending: pendingDecisions })}</p>
          {models.length === 0 ? (
            <p className="mt-1 text-slate-700">{t("shipped")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {models.map((model) => (
                <li key={model.label}>
                  {t("version", {
                    label: t(`labels.${model.label}`),
                    version: model.version,
                    date: format.dateTime(new Date(model.trainedAt), { dateStyle: "medium", timeStyle: "short" }),
                    count: model.decisionCount,
                  })}{" "}
                  {t("agreement", { evaluated: model.evaluatedOn, before: percent(model.agreementBefore), after: percent(model.agreementAfter) })}
                </li>
              ))}
            </ul>
          )}
          {canReset && models.length > 0 && (
            <Button
              variant="secondary"
              className="mt-2"
              disabled={pending}
              onClick={() => window.confirm(t("confirmReset")) && run(`/api/v1/team/claim-model?language=${language}`, "DELETE")}
            >
              {t("reset", { language: t(`languages.${language}`) })}
            </Button>
          )}
        </div>
      ))}
    </div>
  );
}

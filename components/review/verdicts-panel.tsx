"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useApiAction } from "@/lib/client/use-api-action";
import { levelLabel, type LevelDefinition } from "@/lib/domain/rating/scale-presets";
import { ColorBadge } from "@/components/ui/color-badge";
import { LiveNotice } from "@/components/ui/live-notice";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { stanceConflict, type Stance } from "@/lib/domain/rating/stance-conflict";

type Level = Pick<LevelDefinition, "key" | "labelEn" | "labelDe" | "color">;
type ScaleLevel = Level & Pick<LevelDefinition, "credibility">;

interface VerdictView {
  id: string;
  rationale: string;
  confidence: "low" | "medium" | "high";
  reviewer: { id: string; name: string };
  level: Level;
}

interface FinalView {
  id: string;
  rationale: string;
  decidedAt: string | Date;
  decidedBy: { name: string };
  level: Level;
  reopenReason?: string | null;
  reopenedBy?: { name: string } | null;
}

export interface VerdictsPanelProps {
  claim: { id: string; version: number; status: string };
  levels: ScaleLevel[];
  /** The stances of the sources attached to the claim: a final verdict against all of them gets a warning. */
  sourceStances: Stance[];
  /** How many more distinct sources the team's rule asks for before a final verdict (0 when enough are cited). */
  sourcesMissing?: number;
  /** No cited source has an archived copy: the evidence may change or go before readers check it. */
  evidenceUnarchived?: boolean;
  verdicts: { own: VerdictView | null; others: VerdictView[]; hiddenCount: number; final: FinalView | null; reopened: FinalView[] };
  canSubmit: boolean;
  canFinalize: boolean;
}

export function LevelBadge({ level }: { level: Level }) {
  const locale = useLocale();
  return (
    <ColorBadge color={level.color}>{levelLabel(level, locale)}</ColorBadge>
  );
}

/** Reviewers' verdicts, one's own verdict form, and the editor's final verdict (set or reopen). */
export function VerdictsPanel({ claim, levels, sourceStances, sourcesMissing = 0, evidenceUnarchived = false, verdicts, canSubmit, canFinalize }: VerdictsPanelProps) {
  const t = useTranslations("review");
  const locale = useLocale();
  const own = useApiAction();
  const final = useApiAction();
  const label = (level: Level) => levelLabel(level, locale);
  const [finalLevel, setFinalLevel] = useState("");
  // A problem with the rating is about the one sent: picking another clears it (walk of stop 39: "Choose a rating." stayed).
  const [sentLevel, setSentLevel] = useState("");
  const finalLevelError = finalLevel === sentLevel ? final.problem?.fields.level : undefined;
  const chosen = levels.find((level) => level.key === finalLevel);
  // What was done, with the focus: the form the person used goes away or resets (walk of stop 41: focus fell to the page).
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  const { setProblem: setFinalProblem } = final;
  // A refusal for want of sources is out of date once a source is cited (walk of stop 41: it stayed beside the new source).
  useEffect(() => setFinalProblem(null), [sourcesMissing, sourceStances.length, setFinalProblem]);
  const conflict = chosen ? stanceConflict(chosen.credibility, sourceStances) : null;

  function submitOwn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void own
      .run(`/api/v1/claims/${claim.id}/verdicts`, "PUT", { level: data.get("level"), confidence: data.get("confidence"), rationale: String(data.get("rationale") ?? "") })
      .then((saved) => saved && setNotice({ text: t("verdictSaved") }));
  }

  function submitFinal(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSentLevel(String(data.get("level") ?? ""));
    void final
      .run(`/api/v1/claims/${claim.id}/final-verdict`, "POST", { level: data.get("level"), rationale: String(data.get("rationale") ?? ""), claimVersion: claim.version })
      .then((set) => set && setNotice({ text: t("finalSet") }));
  }

  function reopen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void final
      .run(`/api/v1/claims/${claim.id}/final-verdict/reopen`, "POST", { reason: String(data.get("reason") ?? ""), claimVersion: claim.version })
      .then((reopened) => reopened && setNotice({ text: t("finalReopened") }));
  }

  // No level is chosen until the person picks one: a forgotten choice must not publish "True".
  const levelOptions = [
    <option key="" value="" disabled>
      {t("chooseRating")}
    </option>,
    ...levels.map((level) => (
      <option key={level.key} value={level.key}>
        {label(level)}
      </option>
    )),
  ];

  const shownVerdicts = [verdicts.own, ...verdicts.others].filter((verdict): verdict is VerdictView => verdict !== null);

  return (
    <div className="space-y-4 text-sm" data-testid="verdicts-panel">
      <LiveNotice notice={notice} testId="verdict-notice" />
      {verdicts.final ? (
        <div className="rounded border-2 border-slate-800 p-3" data-testid="final-verdict">
          <p className="flex flex-wrap items-center gap-2 font-semibold">
            {t("finalVerdict")}: <LevelBadge level={verdicts.final.level} />
          </p>
          <p className="mt-1 whitespace-pre-line">{verdicts.final.rationale}</p>
          <p className="mt-1 text-xs text-slate-600">{t("decidedBy", { name: verdicts.final.decidedBy.name })}</p>
          {canFinalize && (
            <form onSubmit={reopen} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
              <Field id="reopen-reason" label={t("reopenReason")} hint={t("reopenReasonPublic")}>
                <Textarea id="reopen-reason" name="reason" rows={1} required />
              </Field>
              <Button type="submit" variant="secondary" disabled={final.pending}>
                {t("reopen")}
              </Button>
            </form>
          )}
        </div>
      ) : (
        <p className="text-slate-600">{t("noFinal")}</p>
      )}
      {verdicts.final && <ProblemAlert problem={final.problem} shownFields={["level"]} />}

      <section>
        <h3 className="font-semibold">{t("reviewerVerdicts")}</h3>
        {verdicts.hiddenCount > 0 && <p className="text-slate-600">{t("blindHidden", { count: verdicts.hiddenCount })}</p>}
        {/* (Walk of stop 37: the heading had stood alone with nothing under it.) */}
        {verdicts.hiddenCount === 0 && shownVerdicts.length === 0 && <p className="text-slate-600">{t("noReviewerVerdicts")}</p>}
        <ul className="mt-2 space-y-2">
          {shownVerdicts.map((verdict) => (
            <li key={verdict.id} className="rounded border border-slate-200 p-2">
              <p className="flex flex-wrap items-center gap-2">
                <LevelBadge level={verdict.level} /> <span>{verdict.reviewer.name}</span>
                <span className="text-xs text-slate-600">{t(`confidence.${verdict.confidence}`)}</span>
              </p>
              <p className="mt-1 whitespace-pre-line">{verdict.rationale}</p>
            </li>
          ))}
        </ul>
      </section>

      {canSubmit && claim.status !== "final" && claim.status !== "excluded" && (
        <form onSubmit={submitOwn} className="space-y-2 border-t border-slate-200 pt-3" noValidate>
          <h3 className="font-semibold">{verdicts.own ? t("updateMyVerdict") : t("myVerdict")}</h3>
          <ProblemAlert problem={own.problem} shownFields={["level", "rationale"]} />
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field id="verdict-level" label={t("rating")} error={own.problem?.fields.level}>
              <Select id="verdict-level" name="level" defaultValue={verdicts.own?.level.key ?? ""} required invalid={Boolean(own.problem?.fields.level)}>
                {levelOptions}
              </Select>
            </Field>
            <Field id="verdict-confidence" label={t("confidenceLabel")}>
              <Select id="verdict-confidence" name="confidence" defaultValue={verdicts.own?.confidence ?? "medium"}>
                {(["low", "medium", "high"] as const).map((value) => (
                  <option key={value} value={value}>
                    {t(`confidence.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field id="verdict-rationale" label={t("rationale")} error={own.problem?.fields.rationale}>
            <Textarea id="verdict-rationale" name="rationale" rows={3} defaultValue={verdicts.own?.rationale} required />
          </Field>
          <Button type="submit" disabled={own.pending}>
            {t("saveVerdict")}
          </Button>
        </form>
      )}

      {claim.status === "excluded" && !verdicts.final && <p className="border-t border-slate-200 pt-3 text-sm text-slate-600">{t("excludedNoFinal")}</p>}
      {canFinalize && !verdicts.final && (
        <form onSubmit={submitFinal} className="space-y-2 border-t border-slate-200 pt-3" noValidate>
          <h3 className="font-semibold">{t("setFinal")}</h3>
          {/* The team's rule before the form, not only as a refusal after it (walk of stop 39). */}
          {sourcesMissing > 0 && <p className="text-sm text-amber-900">{t(sourceStances.length === 0 ? "sourcesNone" : "sourcesMissing", { count: sourcesMissing })}</p>}
          {/* A final verdict went through on a dead link with no copy, without a word (walk of stop 40). */}
          {evidenceUnarchived && (
            <p className="text-sm text-amber-900" data-testid="evidence-unarchived">
              {t("evidenceUnarchived")}
            </p>
          )}
          <Field id="final-level" label={t("rating")} error={finalLevelError}>
            <Select id="final-level" name="level" defaultValue="" required invalid={Boolean(finalLevelError)} onChange={(event) => setFinalLevel(event.target.value)} aria-describedby={conflict ? "final-level-conflict" : undefined}>
              {levelOptions}
            </Select>
          </Field>
          {conflict && (
            <p id="final-level-conflict" role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
              {t(conflict.stance === "refutes" ? "allSourcesRefute" : "allSourcesSupport", { count: conflict.count })}
            </p>
          )}
          <Field id="final-rationale" label={t("finalRationale")}>
            <Textarea id="final-rationale" name="rationale" rows={3} required />
          </Field>
          {/* Right above the button it answers (walk of stop 35: it had shown 550 px higher, out of sight). */}
          <ProblemAlert problem={final.problem} shownFields={["level"]} />
          <Button type="submit" disabled={final.pending}>
            {t("setFinalButton")}
          </Button>
        </form>
      )}

      {verdicts.reopened.length > 0 && (
        <details className="text-xs text-slate-600">
          <summary>{t("reopenedVerdicts", { count: verdicts.reopened.length })}</summary>
          <ul className="mt-1 space-y-1">
            {verdicts.reopened.map((entry) => (
              <li key={entry.id}>
                {label(entry.level)} · {entry.decidedBy.name} → {t("reopenedBy", { name: entry.reopenedBy?.name ?? "?", reason: entry.reopenReason ?? "" })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

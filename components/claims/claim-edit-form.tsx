"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { LiveNotice } from "@/components/ui/live-notice";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { sendJson, type Problem } from "@/lib/client/send-json";
import { differsFromText } from "@/lib/domain/report/report-types";
import { asAcceptedWording, isAcceptedSuggestion } from "@/lib/domain/claims/accepted-wording";

interface EditableClaim {
  id: string;
  version: number;
  text: string;
  normalizedText: string | null;
  suggestedWording: string | null;
  checkworthy: boolean;
  status: string;
}

/**
 * Wording and check-worthiness of one claim; a stale edit shows the current version. A claim with a
 * final verdict shows its values read-only, since the server refuses every change until it is reopened.
 */
export function ClaimEditForm({ claim }: { claim: EditableClaim }) {
  const t = useTranslations("claims.edit");
  const claims = useTranslations("claims");
  const router = useRouter();
  const [base, setBase] = useState(claim);
  const [problem, setProblem] = useState<Problem | null>(null);
  // A new object per save: the sentence takes the focus each time (the form remounts, and the focus fell to the page: walk of stop 41).
  const [saved, setSaved] = useState<{ text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // A newer version from the server (a colleague's change, or the refresh after this form's own save) replaces the
  // fields; the form is not remounted for it, so "Saved." stays and keeps the focus (walk of stop 45: the button
  // "Use this wording and save" vanished and took the focus with it, without a word).
  useEffect(() => {
    setBase((current) => (claim.version > current.version ? claim : current));
  }, [claim]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const wording = String(form.get("normalizedText") ?? "").trim();
    await save({ normalizedText: wording || null, checkworthy: form.get("checkworthy") === "on" });
  }

  // One click accepts the engine's suggestion through the same versioned PATCH as a typed wording.
  async function useSuggestion() {
    await save({ normalizedText: base.suggestedWording && asAcceptedWording(base.suggestedWording), checkworthy: base.checkworthy });
  }

  async function save(change: { normalizedText: string | null; checkworthy: boolean }) {
    setPending(true);
    setSaved(null);
    const result = await sendJson<EditableClaim>(`/api/v1/claims/${claim.id}`, "PATCH", { version: base.version, ...change });
    setPending(false);
    if (result.ok) {
      setBase(result.data);
      setProblem(null);
      setSaved({ text: t("saved") });
      router.refresh();
      return;
    }
    const current = (result.problem.details as { current?: EditableClaim } | null)?.current;
    if (result.problem.status === 409 && current) setBase(current);
    setProblem(result.problem.status === 409 ? { ...result.problem, message: t("conflict") } : result.problem);
  }

  const wordingError = problem?.fields.normalizedText;
  const frozen = base.status === "final";
  return (
    // The key remounts the fields with the server's values after a save or a conflict.
    <form key={base.version} onSubmit={submit} className="space-y-4" noValidate>
      <ProblemAlert problem={problem} />
      <LiveNotice notice={saved} testId="claim-saved" />
      {/* Greyed-out fields said nothing about why (walk of stop 34). */}
      {frozen && <p className="text-sm text-slate-700">{claims("frozen")}</p>}
      <fieldset disabled={frozen} className="space-y-4">
        <Field id="normalizedText" label={t("wording")} hint={t("wordingHint")} error={wordingError}>
          <Textarea
            id="normalizedText"
            name="normalizedText"
            rows={3}
            maxLength={2000}
            defaultValue={base.normalizedText ?? ""}
            invalid={Boolean(wordingError)}
            aria-describedby={describedBy("normalizedText", wordingError, true)}
          />
        </Field>
        {!frozen && offersSuggestion(base) && (
          <div className="rounded border border-slate-200 bg-slate-50 p-2 text-sm">
            <p className="text-xs font-semibold text-slate-700">{t("suggestionLabel")}</p>
            <p className="mt-1 text-slate-800">{asAcceptedWording(base.suggestedWording ?? "")}</p>
            <Button type="button" variant="secondary" className="mt-2" disabled={pending} onClick={useSuggestion}>
              {t("useSuggestion")}
            </Button>
          </div>
        )}
        <div className="flex flex-wrap gap-6 text-sm">
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="checkworthy" defaultChecked={base.checkworthy} className="h-4 w-4" />
            {t("checkworthy")}
          </label>
        </div>
        {!frozen && (
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
        )}
      </fieldset>
    </form>
  );
}

/** A suggestion worth a click: not the wording already given, nor the verbatim text without its full stop. */
function offersSuggestion({ suggestedWording, normalizedText, text }: EditableClaim): boolean {
  return !isAcceptedSuggestion(suggestedWording, normalizedText) && differsFromText(suggestedWording, text);
}

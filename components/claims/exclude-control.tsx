"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { EXCLUSION_REASONS, type ExclusionReason } from "@/lib/domain/claim-model/decisions";

/**
 * Exclude with a reason (default "not check-worthy"). The reason matters: "not check-worthy" and
 * "not a claim" teach the team's claim model, "duplicate" and "other" do not. "Other" takes a note
 * saying what the reason is (walk of stop 37: it recorded no word of it).
 */
export function ExcludeControl({ disabled, onExclude }: { disabled: boolean; onExclude: (reason: ExclusionReason, note: string | null) => unknown }) {
  const t = useTranslations("claims.exclusion");
  const [reason, setReason] = useState<ExclusionReason>("not_checkworthy");
  const [note, setNote] = useState("");
  // "Other" without a note is said at the note, which takes the focus, before anything is sent (walk of stop 45: the
  // server's refusal stood apart from the field, which was not marked).
  const [noteMissing, setNoteMissing] = useState(false);
  const noteField = useRef<HTMLInputElement>(null);
  const id = useId();
  const exclude = () => {
    if (reason === "other" && !note.trim()) {
      setNoteMissing(true);
      noteField.current?.focus();
      return;
    }
    setNoteMissing(false);
    onExclude(reason, reason === "other" ? note.trim() : null);
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-testid="exclude-control">
      {/* A visible label: the reason alone read like the claim's status (walk of stop 29). */}
      <label className="text-sm text-slate-700" htmlFor={`exclusion-reason-${id}`}>
        {t("reason")}
      </label>
      <Select id={`exclusion-reason-${id}`} value={reason} disabled={disabled} onChange={(event) => setReason(event.target.value as ExclusionReason)}>
        {EXCLUSION_REASONS.map((option) => (
          <option key={option} value={option}>
            {t(`reasons.${option}`)}
          </option>
        ))}
      </Select>
      {reason === "other" && (
        <>
          <label className="text-sm text-slate-700" htmlFor={`exclusion-note-${id}`}>
            {t("exclusionNote")}
          </label>
          <Input ref={noteField} id={`exclusion-note-${id}`} className="w-56" maxLength={300} placeholder={t("exclusionNotePlaceholder")} value={note} disabled={disabled}
            required invalid={noteMissing} aria-describedby={noteMissing ? `exclusion-note-error-${id}` : undefined}
            onChange={(event) => setNote(event.target.value)} />
          {noteMissing && (
            <span id={`exclusion-note-error-${id}`} role="alert" className="basis-full text-xs text-red-800">
              {t("noteNeeded")}
            </span>
          )}
        </>
      )}
      <Button variant="secondary" disabled={disabled} onClick={exclude}>
        {t("exclude")}
      </Button>
    </span>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { findWords } from "@/lib/domain/article/find-words";
import type { ClaimView } from "./claim-view";
import type { TextPick } from "./text-selection";

type Intent = "add" | "split";

/**
 * The keyboard's way to add or split a claim: type words from the text instead of selecting them with a pointer
 * (walk of stop 47: Tab never reached the article's text, so neither could be done without a mouse). `perform` does
 * what a selection's button would; it answers whether it worked.
 */
export function FindWordsForm({ body, claims, perform, pending }: { body: string; claims: ClaimView[]; perform: (pick: TextPick) => Promise<boolean>; pending: boolean }) {
  const t = useTranslations("workbench.typeWords");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Closed with its button, the focus goes back to what opened it; after an action, to the sentence saying what was done.
  const [closedByHand, setClosedByHand] = useState(false);
  useEffect(() => {
    if (open) input.current?.focus();
    else if (closedByHand) opener.current?.focus();
  }, [open, closedByHand]);
  const close = () => {
    setError(undefined);
    setClosedByHand(true);
    setOpen(false);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const intent = ((event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? "add") as Intent;
    const typed = input.current?.value ?? "";
    if (!typed.trim()) return setError(t("empty"));
    const places = findWords(body, typed);
    if (places.length === 0) return setError(t("notFound"));
    if (places.length > 1) return setError(t("severalPlaces", { count: places.length }));
    const { start, end } = places[0]!;
    let pick: TextPick = { kind: "range", start, end };
    // Said at the field, in the form's words (walk of stop 47: the server's "The selection overlaps …" spoke of a
    // selection nobody made, away from the field).
    if (intent === "add" && claims.some((claim) => claim.anchored && claim.start < end && start < claim.end)) return setError(t("insideClaim"));
    if (intent === "split") {
      const claim = claims.find((candidate) => candidate.anchored && candidate.start < start && start < candidate.end);
      if (!claim) return setError(t("notInsideClaim"));
      pick = { kind: "caret", at: start, claimId: claim.id };
    }
    setError(undefined);
    if (await perform(pick)) setOpen(false);
  }

  if (!open) {
    return (
      <Button ref={opener} variant="secondary" className="mt-2 min-h-9 px-3 py-1" aria-expanded={false} onClick={() => { setClosedByHand(false); setOpen(true); }}>
        {t("open")}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} onKeyDown={(event) => event.key === "Escape" && close()} className="mt-2 space-y-2 rounded border border-slate-200 bg-white p-3" noValidate data-testid="type-words">
      {/* The hint stays beside an error: it says how to get the words right (walk of stop 47). */}
      <Field id="type-words" label={t("label")} error={error}>
        <Input id="type-words" ref={input} name="words" maxLength={2000} invalid={Boolean(error)} aria-describedby={error ? "type-words-error type-words-hint" : "type-words-hint"} />
      </Field>
      <p id="type-words-hint" className="text-xs text-slate-500">
        {t("hint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" value="add" disabled={pending}>
          {t("add")}
        </Button>
        <Button type="submit" value="split" variant="secondary" disabled={pending}>
          {t("split")}
        </Button>
        <Button variant="ghost" onClick={close}>
          {t("close")}
        </Button>
      </div>
    </form>
  );
}

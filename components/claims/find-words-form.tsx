"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
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
    const places = findWords(body, input.current?.value ?? "");
    if (places.length === 0) return setError(t("notFound"));
    if (places.length > 1) return setError(t("severalPlaces", { count: places.length }));
    const { start, end } = places[0]!;
    let pick: TextPick = { kind: "range", start, end };
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
      <Button ref={opener} variant="ghost" className="min-h-8 px-0 py-1 text-xs underline hover:bg-transparent" aria-expanded={false} onClick={() => { setClosedByHand(false); setOpen(true); }}>
        {t("open")}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} onKeyDown={(event) => event.key === "Escape" && close()} className="mt-2 space-y-2 rounded border border-slate-200 bg-white p-3" noValidate data-testid="type-words">
      <Field id="type-words" label={t("label")} hint={t("hint")} error={error}>
        <Input id="type-words" ref={input} name="words" maxLength={2000} invalid={Boolean(error)} aria-describedby={describedBy("type-words", error, true)} />
      </Field>
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

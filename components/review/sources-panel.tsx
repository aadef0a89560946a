"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { sendJson } from "@/lib/client/send-json";
import { useApiAction } from "@/lib/client/use-api-action";
import { FrozenClaimNote } from "@/components/claims/frozen-claim-note";
import { ArchiveAgainButton } from "./archive-again-button";
import { ArchiveStatus, type SourceArchiveView } from "./archive-status";
import { STANCE_TONE } from "./stance-tone";
import { ProblemAlert } from "@/components/ui/problem-alert";

export interface CitationView {
  id: string;
  stance: "supports" | "refutes" | "context";
  excerpt: string | null;
  note: string | null;
  addedBy: { name: string } | null;
  source: SourceArchiveView & { url: string; title: string | null; publisher: string | null; isPrimary: boolean };
}

/** The sources cited on a claim, and the form to cite another (not on a final claim: its citations are frozen). */
export function SourcesPanel({ claimId, citations, canEdit: mayEdit, frozen }: { claimId: string; citations: CitationView[]; canEdit: boolean; frozen: boolean }) {
  const canEdit = mayEdit && !frozen;
  const t = useTranslations("review");
  const { run, pending, problem } = useApiAction();
  const form = useRef<HTMLFormElement>(null);
  const [lookup, setLookup] = useState<string | null>(null);
  // Said aloud as a comment or a verdict is (walk of stop 47: citing was the one silent action; the focus moves to the new item).
  const [cited, setCited] = useState(false);
  // The citation just added gets the focus once the refreshed list shows it, so the keyboard and
  // screen readers land on what was made rather than on the page's start.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    const item = document.getElementById(`citation-${focusId}`);
    if (!item) return;
    item.focus();
    setFocusId(null);
  }, [focusId, citations]);

  async function lookUp() {
    const field = (name: string) => form.current?.elements.namedItem(name) as HTMLInputElement | null;
    const url = field("url")?.value.trim();
    if (!url) return;
    setLookup(t("lookingUp"));
    const result = await sendJson<{ title: string | null; publisher: string | null; problem: string | null }>("/api/v1/sources/metadata", "POST", { url });
    if (!result.ok) return setLookup(result.problem.message);
    const { title, publisher, problem } = result.data;
    if (title && !field("title")?.value) field("title")!.value = title;
    if (publisher && !field("publisher")?.value) field("publisher")!.value = publisher;
    setLookup(problem ?? t("lookedUp"));
  }

  async function attach(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCited(false);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim() || undefined;
    const done = await run<{ id: string }>(`/api/v1/claims/${claimId}/sources`, "POST", {
      url: text("url") ?? "",
      stance: text("stance"),
      title: text("title"),
      publisher: text("publisher"),
      excerpt: text("excerpt"),
      isPrimary: data.get("isPrimary") === "on",
    });
    if (done) {
      form.current?.reset();
      // The look-up's note was about the address just cited: it goes with the form's values.
      setLookup(null);
      setFocusId(done.id);
      setCited(true);
    }
  }

  return (
    <div className="space-y-3" data-testid="sources-panel">
      {mayEdit && frozen && <FrozenClaimNote />}
      {citations.length === 0 && <p className="text-sm text-slate-600">{t("noSources")}</p>}
      <ul className="space-y-2">
        {citations.map((citation) => (
          <li key={citation.id} id={`citation-${citation.id}`} tabIndex={-1} className="rounded border border-slate-200 p-2 text-sm focus:outline-2 focus:outline-blue-700">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={STANCE_TONE[citation.stance]}>{t(`stances.${citation.stance}`)}</Badge>
              {citation.source.isPrimary && <Badge>{t("primary")}</Badge>}
              <a className="min-w-0 text-blue-800 underline wrap-anywhere" href={citation.source.url} rel="noopener noreferrer nofollow" target="_blank">
                {citation.source.title ?? citation.source.url}
              </a>
              {citation.source.publisher && <span className="text-slate-600">{citation.source.publisher}</span>}
              <Link className="ml-auto text-xs text-slate-600 underline" href={`/sources/${citation.source.id}`}>
                {t("sourcePage")}
              </Link>
              {canEdit && (
                <Button variant="ghost" className="px-2 py-0.5 text-xs" disabled={pending} onClick={() => run(`/api/v1/citations/${citation.id}`, "DELETE")}>
                  {t("remove")}
                </Button>
              )}
            </div>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <ArchiveStatus source={citation.source} />
              {mayEdit && <ArchiveAgainButton sourceId={citation.source.id} archived={citation.source.archivedSnapshotId !== null} />}
            </div>
            {citation.excerpt && <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-700">{citation.excerpt}</blockquote>}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form ref={form} onSubmit={attach} className="space-y-3 border-t border-slate-200 pt-3" noValidate>
          <h3 className="text-sm font-semibold">{t("attachSource")}</h3>
          <ProblemAlert problem={problem} shownFields={["url", "stance"]} />
          <Field id="source-url" label={t("url")} error={problem?.fields.url}>
            <Input id="source-url" name="url" type="url" inputMode="url" placeholder="https://" required invalid={Boolean(problem?.fields.url)} />
          </Field>
          <div className="flex items-center gap-2 text-xs text-slate-600">
            <Button variant="secondary" className="px-2 py-1 text-xs" onClick={lookUp}>
              {t("lookUp")}
            </Button>
            <span role="status">{lookup}</span>
          </div>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {/* No stance until one is chosen, like the verdict forms: a default "supports" went unnoticed on refuting sources. */}
            <Field id="source-stance" label={t("stance")} error={problem?.fields.stance && t("stanceMissing")}>
              <Select id="source-stance" name="stance" defaultValue="" required invalid={Boolean(problem?.fields.stance)}>
                <option value="" disabled>
                  {t("chooseStance")}
                </option>
                <option value="supports">{t("stances.supports")}</option>
                <option value="refutes">{t("stances.refutes")}</option>
                <option value="context">{t("stances.context")}</option>
              </Select>
            </Field>
            <Field id="source-title" label={t("sourceTitle")}>
              <Input id="source-title" name="title" maxLength={500} />
            </Field>
            <Field id="source-publisher" label={t("publisher")}>
              <Input id="source-publisher" name="publisher" maxLength={200} />
            </Field>
            <label className="inline-flex items-center gap-2 self-end text-sm">
              <input type="checkbox" name="isPrimary" className="h-4 w-4" /> {t("primarySource")}
            </label>
          </div>
          <Field id="source-excerpt" label={t("excerpt")}>
            <Textarea id="source-excerpt" name="excerpt" rows={2} maxLength={5000} />
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {t("attach")}
            </Button>
            <span role="status" className="text-sm text-emerald-800" data-testid="source-cited">
              {cited ? t("sourceCited") : ""}
            </span>
          </div>
        </form>
      )}
    </div>
  );
}

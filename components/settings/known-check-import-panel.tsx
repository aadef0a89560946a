"use client";

import { FileInput } from "@/components/ui/file-input";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { RawBody } from "@/lib/client/send-json";
import { useApiAction } from "@/lib/client/use-api-action";

export interface KnownCheckImportView {
  id: string;
  origin: string;
  status: "queued" | "running" | "done" | "failed";
  total: number;
  processed: number;
  inserted: number;
  duplicates: number;
  createdAt: Date | string;
  /** What could not be imported (at most 100), in the reader's language; `item` counts what `where` names. */
  problems: { item: number; where: "line" | "block" | "review"; message: string }[];
}

// A failed import's last problem is why it stopped, said beside its status: no item skipped (re-walk of stop 46).
const skippedOf = (item: KnownCheckImportView) => (item.status === "failed" ? item.problems.slice(0, -1) : item.problems);

// "Line 3: Not JSON.", "JSON-LD block 2: Not valid JSON.", "No. 4: Its url is not a valid address."
const PROBLEM_AT = { line: "problemAtLine", block: "problemAtBlock", review: "problemAt" } as const;

/** Import other fact-checkers' ClaimReviews (an address or a file) and follow recent imports. */
export function KnownCheckImportPanel({ count, imports, canImport }: { count: number; imports: KnownCheckImportView[]; canImport: boolean }) {
  const t = useTranslations("settings.knownChecks");
  const format = useFormatter();
  const { run, pending, problem } = useApiAction();
  const [started, setStarted] = useState<string | null>(null);

  async function importUrl(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get("url") ?? "").trim();
    const created = await run<{ total: number }>("/api/v1/known-fact-checks/import-url", "POST", { url });
    setStarted(created ? t("queued", { total: created.total }) : null);
  }

  async function importFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || !file.name) return;
    const type = /\.(ndjson|jsonl)$/i.test(file.name) ? "application/x-ndjson" : "application/ld+json";
    const created = await run<{ total: number }>("/api/v1/known-fact-checks/imports", "POST", new RawBody(file, type, { "x-file-name": encodeURIComponent(file.name) }));
    setStarted(created ? t("queued", { total: created.total }) : null);
  }

  return (
    <div className="space-y-3 text-sm" data-testid="known-check-import">
      <p className="text-slate-700">{t("intro", { count })}</p>
      <ProblemAlert problem={problem} />
      {started && <Alert tone="success">{started}</Alert>}
      {canImport ? (
        <>
          <form onSubmit={importUrl} className="space-y-2" noValidate>
            <Field id="known-check-url" label={t("url")} error={problem?.fields.url}>
              <Input id="known-check-url" name="url" type="url" inputMode="url" placeholder="https://" required invalid={Boolean(problem?.fields.url)} />
            </Field>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("importUrl")}
            </Button>
          </form>
          <form onSubmit={importFile} className="space-y-2 border-t border-slate-200 pt-3">
            <Field id="known-check-file" label={t("file")}>
              <FileInput id="known-check-file" name="file" accept=".json,.jsonld,.ndjson,.jsonl,application/json,application/ld+json" />
            </Field>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("importFile")}
            </Button>
          </form>
        </>
      ) : (
        <p className="text-slate-600">{t("forbidden")}</p>
      )}
      {imports.length > 0 && (
        <div className="border-t border-slate-200 pt-3">
          <h3 className="font-semibold">{t("recent")}</h3>
          <ul className="mt-1 space-y-1">
            {imports.map((item) => (
              <li key={item.id} className="break-words border-b border-slate-100 pb-1 last:border-b-0">
                {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                {t("progress", { origin: item.origin, processed: item.processed, total: item.total, inserted: item.inserted, duplicates: item.duplicates })} ·{" "}
                {t(`status.${item.status}`)}
                {/* Why it stopped, where it did (walk of stop 46: "failed" and no reason unless the skipped list was opened). */}
                {item.status === "failed" && item.problems.length > 0 && `: ${item.problems.at(-1)!.message}`}
                {skippedOf(item).length > 0 && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-slate-700">{t("skipped", { count: skippedOf(item).length })}</summary>
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-600" data-testid="known-check-problems">
                      {skippedOf(item).map((problem) => (
                        <li key={`${problem.where}-${problem.item}-${problem.message}`}>{t(PROBLEM_AT[problem.where], { item: problem.item, message: problem.message })}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

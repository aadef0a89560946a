"use client";

import { FileInput } from "@/components/ui/file-input";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { useFocusAfter } from "@/components/ui/use-focus-after";
import { RawBody, sendJson } from "@/lib/client/send-json";
import { UploadForm } from "./upload-form";
import { UrlImportForm } from "./url-import-form";

export interface JobView {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  errors: { line: number; message: string; existingArticleId?: string }[];
  imported: { line: number; articleId: string }[];
}

/** Upload a file, or give an address: either way the article opens when imported. */
export function SingleImportForms() {
  // One import at a time: both buttons wait while either runs.
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-6">
      <UploadForm pending={pending} setPending={setPending} />
      <UrlImportForm pending={pending} setPending={setPending} />
    </div>
  );
}

/** A bulk NDJSON import: sent at once, then watched until done, with a report of every failed line. */
export function BulkImportForm({ initialJob = null }: { initialJob?: JobView | null }) {
  const t = useTranslations("import");
  const router = useRouter();
  const [job, setJob] = useState<JobView | null>(initialJob);
  const [error, setError] = useState<string | null>(null);
  // A new job's progress takes the focus (re-walk of stop 44: it fell to the page's top) …
  const progress = useFocusAfter<HTMLParagraphElement>([job?.id]);
  // … and the list of recent imports below shows it when it starts and when it ends (it stayed as it was until a reload).
  const jobId = job?.id;
  const ended = job?.status === "done" || job?.status === "failed";
  useEffect(() => {
    if (jobId) router.refresh();
  }, [jobId, ended, router]);

  useEffect(() => {
    if (!job || job.status === "done" || job.status === "failed") return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/v1/imports/${job.id}`);
      if (response.ok) setJob((await response.json()).data);
    }, 1000);
    return () => clearTimeout(timer);
  }, [job]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const file = new FormData(event.currentTarget).get("ndjson");
    if (!(file instanceof File) || file.size === 0) return setError(t("chooseFile"));
    const result = await sendJson<JobView>("/api/v1/imports", "POST", new RawBody(file, "application/x-ndjson"));
    if (result.ok) setJob(result.data);
    else setError(result.problem.message);
  }

  const percent = job ? Math.round((job.processed / Math.max(1, job.total)) * 100) : 0;
  return (
    <form onSubmit={submit} className="space-y-3" id="bulk-import">
      <h2 className="font-semibold">{t("bulkTitle")}</h2>
      <p className="text-sm text-slate-600">{t("bulkHint")}</p>
      <Field id="import-ndjson" label={t("ndjsonFile")} error={error ?? undefined}>
        <FileInput id="import-ndjson" name="ndjson" accept=".ndjson,.jsonl,.json,application/x-ndjson" required invalid={Boolean(error)} aria-describedby={describedBy("import-ndjson", error ?? undefined)} />
      </Field>
      <Button type="submit" disabled={Boolean(job && job.status !== "done" && job.status !== "failed")}>{t("startBulk")}</Button>
      {job && (
        <div className="space-y-2" data-testid="bulk-progress">
          <progress className="w-full" max={job.total} value={job.processed} aria-label={t("progress")} />
          <p ref={progress} tabIndex={-1} className="text-sm outline-none" role="status">
            {t("progressText", { processed: job.processed, total: job.total, percent, succeeded: job.succeeded, failed: job.failed })} · {t(`status.${job.status}`)}
          </p>
          {/* Where each imported line went (walk of stop 32: "2 imported" led nowhere). */}
          {job.imported.length > 0 && (
            <details open={job.status === "done" && job.imported.length <= 20}>
              <summary className="cursor-pointer text-sm font-medium">{t("importedLines", { count: job.imported.length })}</summary>
              <ul className="mt-1 max-h-64 overflow-y-auto text-xs" data-testid="bulk-imported">
                {job.imported.map((entry) => (
                  <li key={entry.line}>
                    <Link className="text-blue-800 underline" href={`/articles/${entry.articleId}`}>
                      {t("line", { line: entry.line })}: {t("openImported")}
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {job.errors.length > 0 && (
            <details open={job.status === "done"}>
              <summary className="cursor-pointer text-sm font-medium">{t("failedLines", { count: job.errors.length })}</summary>
              <ul className="mt-1 max-h-64 overflow-y-auto text-xs" data-testid="bulk-errors">
                {job.errors.map((entry) => (
                  <li key={entry.line}>
                    {t("line", { line: entry.line })}: {entry.message}
                    {entry.existingArticleId && (
                      <>
                        {" "}
                        {/* Named with its line: several lines' links all read "Open the article already imported" (re-walk of stop 45). */}
                        <Link className="text-blue-800 underline" href={`/articles/${entry.existingArticleId}`} aria-label={`${t("line", { line: entry.line })}: ${t("openExisting")}`}>
                          {t("openExisting")}
                        </Link>
                        .
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </form>
  );
}

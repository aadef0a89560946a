"use client";

import { FileInput } from "@/components/ui/file-input";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { RawBody, sendJson } from "@/lib/client/send-json";
import { useImportProblem } from "./import-problem";
import { useImportSubmit } from "./use-import-submit";

/** Upload a .txt/.md/.html file; what is wrong with it is said under the file field. */
export function UploadForm({ pending, setPending }: { pending: boolean; setPending: (pending: boolean) => void }) {
  const t = useTranslations("import");
  const errorFor = useImportProblem();
  const { problem, submit, existingId } = useImportSubmit(
    (form) => sendJson<{ id: string }>("/api/v1/articles/upload", "POST", new RawBody(form)),
    setPending,
  );

  const fileError = errorFor(problem, "file", ["title"]);
  const titleError = problem?.fields.title;
  return (
    <form onSubmit={submit} className="space-y-3" data-testid="upload-import">
      <h2 className="font-semibold">{t("fileTitle")}</h2>
      <Field id="import-file" label={t("file")} hint={t("fileHint")} error={fileError}>
        <FileInput
          id="import-file"
          name="file"
          accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
          required
          invalid={Boolean(fileError)}
          aria-describedby={describedBy("import-file", fileError, true)}
        />
      </Field>
      {existingId && (
        <p className="text-sm">
          <Link className="font-medium text-blue-800 underline" href={`/articles/${existingId}`}>
            {t("openExisting")}
          </Link>
        </p>
      )}
      <Field id="import-file-title" label={t("titleOptional")} error={titleError}>
        <Input id="import-file-title" name="title" maxLength={500} invalid={Boolean(titleError)} aria-describedby={describedBy("import-file-title", titleError)} />
      </Field>
      <Button type="submit" disabled={pending}>{t("upload")}</Button>
    </form>
  );
}

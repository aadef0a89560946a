"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { sendJson } from "@/lib/client/send-json";
import { useImportProblem } from "./import-problem";
import { useImportSubmit } from "./use-import-submit";

/** Import from an address: a failed fetch is explained under the address, with the paste form as the way out. */
export function UrlImportForm({ pending, setPending }: { pending: boolean; setPending: (pending: boolean) => void }) {
  const t = useTranslations("import");
  const errorFor = useImportProblem();
  const { problem, submit, existingId } = useImportSubmit(
    (form) => sendJson<{ id: string }>("/api/v1/articles/import-url", "POST", { url: String(form.get("url") ?? "").trim() }),
    setPending,
  );

  const error = errorFor(problem, "url");
  return (
    <form onSubmit={submit} className="space-y-3 border-t border-slate-200 pt-4" data-testid="url-import">
      <h2 className="font-semibold">{t("urlTitle")}</h2>
      <Field id="import-url" label={t("url")} hint={t("urlHint")} error={error}>
        <Input id="import-url" name="url" type="url" inputMode="url" placeholder="https://" required invalid={Boolean(error)} aria-describedby={describedBy("import-url", error, true)} />
      </Field>
      {problem && (
        <p className="text-sm">
          {existingId ? (
            <Link className="font-medium text-blue-800 underline" href={`/articles/${existingId}`}>
              {t("openExisting")}
            </Link>
          ) : (
            <Link className="font-medium text-blue-800 underline" href="/articles/new">
              {t("pasteInstead")}
            </Link>
          )}
        </p>
      )}
      <Button type="submit" disabled={pending}>{t("fetch")}</Button>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { sendJson, type Problem } from "@/lib/client/send-json";

interface EditableArticle {
  id: string;
  version: number;
  title: string;
  body: string;
}

/** Title and text of an article; saving re-extracts its claims on the server. */
export function EditArticleForm({ article }: { article: EditableArticle }) {
  const t = useTranslations("editArticle");
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await sendJson(`/api/v1/articles/${article.id}`, "PATCH", {
      version: article.version,
      title: String(form.get("title") ?? ""),
      text: String(form.get("text") ?? ""),
    });
    if (result.ok) {
      router.push(`/articles/${article.id}`);
      router.refresh();
      return;
    }
    setPending(false);
    setProblem(result.problem.status === 409 && !result.problem.fields.text ? { ...result.problem, message: t("conflict") } : result.problem);
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      {problem && (
        <Alert tone="error">
          {problem.message}{" "}
          {problem.status === 409 && (
            <button type="button" className="font-medium underline" onClick={() => window.location.reload()}>
              {t("reload")}
            </button>
          )}
        </Alert>
      )}
      <Field id="title" label={t("fieldTitle")} error={errors.title}>
        <Input id="title" name="title" required maxLength={500} defaultValue={article.title} invalid={Boolean(errors.title)} aria-describedby={describedBy("title", errors.title)} />
      </Field>
      <Field id="text" label={t("fieldText")} error={errors.text}>
        <Textarea id="text" name="text" required rows={18} defaultValue={article.body} invalid={Boolean(errors.text)} aria-describedby={describedBy("text", errors.text)} />
      </Field>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

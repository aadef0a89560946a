"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";

type Problem = { message: string; fields: Record<string, string>; existingId?: string };

/** Posts to the same JSON API that scripts use, and shows its field errors next to the fields. */
export function NewArticleForm() {
  const t = useTranslations("newArticle");
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    const body = {
      title: value("title") ?? "",
      text: String(form.get("text") ?? ""),
      url: value("url"),
      outlet: value("outlet"),
      language: value("language"),
      publishedAt: value("publishedAt"),
    };
    try {
      const response = await fetch("/api/v1/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const payload = await response.json();
      if (response.ok) {
        router.push(`/articles/${payload.data.id}`);
        return;
      }
      const details: { field?: string; message: string }[] = Array.isArray(payload.error?.details) ? payload.error.details : [];
      setProblem({
        message: payload.error?.message ?? response.statusText,
        fields: Object.fromEntries(details.filter((d) => d.field).map((d) => [d.field, d.message])),
        existingId: response.status === 409 ? payload.error?.details?.articleId : undefined,
      });
    } catch {
      setProblem({ message: "The server could not be reached. Your text is still here; try again.", fields: {} });
    }
    setPending(false);
  }

  const errors = problem?.fields ?? {};
  const field = (id: string) => ({
    id,
    name: id,
    invalid: Boolean(errors[id]),
    "aria-describedby": describedBy(id, errors[id]),
  });

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      {problem && (
        <Alert tone="error">
          {problem.message}{" "}
          {problem.existingId && (
            <Link className="font-medium underline" href={`/articles/${problem.existingId}`}>
              {t("openExisting")}
            </Link>
          )}
        </Alert>
      )}
      <Field id="title" label={t("fieldTitle")} error={errors.title}>
        <Input {...field("title")} required maxLength={500} />
      </Field>
      <Field id="text" label={t("fieldText")} error={errors.text}>
        <Textarea {...field("text")} required rows={14} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="url" label={t("fieldUrl")} error={errors.url}>
          <Input {...field("url")} type="url" inputMode="url" placeholder="https://" />
        </Field>
        <Field id="outlet" label={t("fieldOutlet")} error={errors.outlet}>
          <Input {...field("outlet")} maxLength={200} />
        </Field>
        <Field id="language" label={t("fieldLanguage")} error={errors.language}>
          <Select {...field("language")} defaultValue="">
            <option value="">{t("detect")}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Field id="publishedAt" label={t("fieldPublishedAt")} error={errors.publishedAt}>
          <Input {...field("publishedAt")} type="date" />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

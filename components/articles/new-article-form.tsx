"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { useFocusAfter } from "@/components/ui/use-focus-after";
import { sendJson, type Problem } from "@/lib/client/send-json";


/**
 * Posts to the same JSON API that scripts use, and shows its field errors next to the fields. A text over the
 * server's body limit is refused here, at the text (hostile probe of stop 39: the API's "request body is larger"
 * came after sending 2 MB for 18 s).
 */
export function NewArticleForm({ maxBodyBytes }: { maxBodyBytes: number }) {
  const t = useTranslations("newArticle");
  const languages = useTranslations("articles.languages");
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
    if (new Blob([JSON.stringify(body)]).size > maxBodyBytes) {
      const limit = `${Math.floor(maxBodyBytes / (1024 * 1024))} MB`;
      setProblem({ status: 413, message: t("textTooLarge", { limit }), fields: { text: t("textTooLarge", { limit }) }, details: null });
      setPending(false);
      return;
    }
    const result = await sendJson<{ id: string }>("/api/v1/articles", "POST", body);
    if (result.ok) {
      router.push(`/articles/${result.data.id}`);
      return;
    }
    setProblem(result.problem);
    setPending(false);
  }

  // A refusal takes the focus: the first field it names, or the sentence above the form (walk of stop 43: the focus fell
  // to the page's top after an empty submit).
  const outcome = useFocusAfter<HTMLFormElement>([problem], "[aria-invalid=true], [data-outcome]");
  const errors = problem?.fields ?? {};
  const existingId = problem?.status === 409 ? (problem.details as { articleId?: string } | null)?.articleId : undefined;
  const field = (id: string) => ({
    id,
    name: id,
    invalid: Boolean(errors[id]),
    "aria-describedby": describedBy(id, errors[id]),
  });

  return (
    <form ref={outcome} onSubmit={submit} className="space-y-5" noValidate>
      {/* Once, at its field, when that says it all (walk of stop 39: forms printed the same error twice). */}
      {problem && !Object.values(errors).includes(problem.message) && (
        <div tabIndex={-1} data-outcome={Object.keys(errors).length ? undefined : ""} className="outline-none">
          <Alert tone="error">
            {problem.message}{" "}
            {existingId && (
              <Link className="font-medium underline" href={`/articles/${existingId}`}>
                {t("openExisting")}
              </Link>
            )}
          </Alert>
        </div>
      )}
      <Field id="title" label={t("fieldTitle")} error={errors.title}>
        <Input {...field("title")} required maxLength={500} />
      </Field>
      <Field id="text" label={t("fieldText")} error={errors.text}>
        <Textarea {...field("text")} required rows={14} />
      </Field>
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <Field id="url" label={t("fieldUrl")} error={errors.url}>
          <Input {...field("url")} type="url" inputMode="url" placeholder="https://" />
        </Field>
        <Field id="outlet" label={t("fieldOutlet")} error={errors.outlet}>
          <Input {...field("outlet")} maxLength={200} />
        </Field>
        <Field id="language" label={t("fieldLanguage")} error={errors.language}>
          <Select {...field("language")} defaultValue="">
            <option value="">{t("detect")}</option>
            <option value="de">{languages("de")}</option>
            <option value="en">{languages("en")}</option>
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

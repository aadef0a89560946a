import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";

interface ArticleFiltersProps {
  outlets: { id: string; name: string }[];
  outlet: string | null;
  language: string | null;
}

/** Outlet and language of the article list: a plain GET form, so a filtered list is an address to share. */
export async function ArticleFilters({ outlets, outlet, language }: ArticleFiltersProps) {
  const t = await getTranslations("articles.filter");
  const languages = await getTranslations("articles.languages");
  return (
    <form method="get" action="/articles" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("label")}>
      <div className="min-w-0 basis-full sm:basis-64">
        <Field id="articles-outlet" label={t("outlet")}>
          <Select id="articles-outlet" name="outlet" defaultValue={outlet ?? ""}>
            <option value="">{t("allOutlets")}</option>
            {outlets.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="articles-language" label={t("language")}>
        <Select id="articles-language" name="language" defaultValue={language ?? ""}>
          <option value="">{t("allLanguages")}</option>
          <option value="de">{languages("de")}</option>
          <option value="en">{languages("en")}</option>
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
      {(outlet || language) && (
        <Link href="/articles" className="inline-flex min-h-11 items-center text-sm text-blue-800 underline underline-offset-2">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}

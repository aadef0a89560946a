import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { CleanGetForm } from "./clean-get-form";
import { Field, Input, Select } from "@/components/ui/field";
import { levelLabel, type LevelDefinition } from "@/lib/domain/rating/scale-presets";

interface Option {
  value: string;
  label: string;
}

interface SearchFiltersProps {
  values: Record<string, string>;
  levels: Pick<LevelDefinition, "key" | "labelEn" | "labelDe">[];
  people: { id: string; name: string }[];
  outlets: { id: string; name: string }[];
}

/** A plain GET form: every search is a shareable address, and it works without JavaScript. */
export async function SearchFilters({ values, levels, people, outlets }: SearchFiltersProps) {
  const t = await getTranslations("search");
  const statuses = await getTranslations("claims.statuses");
  const languages = await getTranslations("articles.languages");
  const locale = await getLocale();
  const select = (name: string, label: string, options: Option[]) => (
    <Field id={`filter-${name}`} label={label}>
      <Select id={`filter-${name}`} name={name} defaultValue={values[name] ?? ""}>
        <option value="">{t("any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <CleanGetForm className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="filter-q" label={t("query")}>
            <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("queryHint")} />
          </Field>
        </div>
        <Field id="filter-type" label={t("type")}>
          <Select id="filter-type" name="type" defaultValue={values.type ?? "claims"}>
            <option value="claims">{t("claims")}</option>
            <option value="articles">{t("articles")}</option>
          </Select>
        </Field>
        <Button type="submit">{t("submit")}</Button>
      </div>
      <details open={Object.keys(values).some((key) => !["q", "type"].includes(key))}>
        <summary className="cursor-pointer text-sm font-medium">{t("filters")}</summary>
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {select("status", t("status"), (["new", "in_review", "needs_second_review", "final", "excluded"] as const).map((s) => ({ value: s, label: statuses(s) })))}
          {select("verdict", t("verdict"), [
            { value: "none", label: t("noVerdict") },
            ...levels.map((level) => ({ value: level.key, label: levelLabel(level, locale) })),
          ])}
          {select("assignee", t("assignee"), [
            { value: "me", label: t("me") },
            { value: "none", label: t("nobody") },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ])}
          {select("outlet", t("outlet"), outlets.map((outlet) => ({ value: outlet.id, label: outlet.name })))}
          {select("language", t("language"), [
            { value: "de", label: languages("de") },
            { value: "en", label: languages("en") },
          ])}
          <Field id="filter-from" label={t("from")}>
            <Input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
          </Field>
          <Field id="filter-to" label={t("to")}>
            <Input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
          </Field>
          {select("minCheckworthiness", t("minCheckworthiness"), ["0.2", "0.4", "0.6", "0.8"].map((value) => ({ value, label: `≥ ${Number(value) * 100} %` })))}
        </div>
      </details>
    </CleanGetForm>
  );
}

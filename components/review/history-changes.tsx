import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ColorBadge } from "@/components/ui/color-badge";

export interface HistoryLevel {
  label: string;
  color: string;
}

// Bookkeeping the history keeps for machines (offsets, text versions), not for people.
const HIDDEN_FIELDS = new Set(["start", "end", "textVersion", "version"]);

/** Nothing to show: an empty list (a comment that mentions nobody) or no value at all. */
const emptyList = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

/** One history entry's changed fields, each by its label with its values in the reader's words: before → after. */
export async function HistoryChanges({ before, after, names, levels }: { before: unknown; after: unknown; names: Map<string, string>; levels: Map<string, HistoryLevel> }) {
  const t = await getTranslations("review.history");
  const claims = await getTranslations("claims");
  const review = await getTranslations("review");
  const outlets = await getTranslations("outlets.levels");
  const format = await getFormatter();
  const left = (before ?? {}) as Record<string, unknown>;
  const right = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (key) =>
      !HIDDEN_FIELDS.has(key) &&
      (!key.endsWith("Id") || key === "assigneeId") &&
      !(emptyList(left[key]) && emptyList(right[key])) &&
      // An edit of the text alone records the title on both sides: an unchanged value is no change.
      !(key in left && key in right && JSON.stringify(left[key]) === JSON.stringify(right[key])),
  );
  if (keys.length === 0) return null;

  const translated = (translate: { has: (key: never) => boolean }, key: string, fallback: () => string) =>
    translate.has(key as never) ? (translate as unknown as (key: string) => string)(key) : fallback();
  const level = (key: string) => {
    const found = levels.get(key);
    return found ? <ColorBadge color={found.color}>{found.label}</ColorBadge> : key;
  };
  const show = (field: string, value: unknown): ReactNode => {
    // Nobody assigned reads as a word, not a dash a screen reader skips (re-walk of stop 46).
    if (field === "assigneeId" && value === null) return t("values.nobody");
    if (value === null || value === undefined) return "—";
    if (typeof value === "boolean") return value ? t("values.yes") : t("values.no");
    if (typeof value === "number") return field === "checkworthiness" ? format.number(value, { style: "percent" }) : format.number(value);
    if (Array.isArray(value)) {
      const items = value.map((item) => (field === "levels" ? (levels.get(String(item))?.label ?? String(item)) : (names.get(String(item)) ?? String(item))));
      return format.list(items);
    }
    // What a text edit did to the claims, in words ("2 added, 1 kept, …"), not as the stored object.
    if (field === "claims" && typeof value === "object") return t("values.claimCounts", { added: 0, removed: 0, kept: 0, reanchored: 0, orphaned: 0, ...(value as Record<string, number>) });
    if (typeof value !== "string") return JSON.stringify(value);
    switch (field) {
      case "assigneeId": return names.get(value) ?? t("values.formerMember");
      case "level": return level(value);
      case "status": return translated(claims, `statuses.${value}`, () => value);
      case "kind": return translated(claims, `kinds.${value}`, () => value);
      case "exclusionReason": return translated(claims, `exclusion.reasons.${value}`, () => value);
      case "stance": return translated(review, `stances.${value}`, () => value);
      case "confidence": return translated(review, `confidence.${value}`, () => value);
      case "reliability": return translated(outlets, value, () => value);
      case "language": return translated(t, `values.languages.${value}`, () => value);
      case "claims": return value === "all final" ? t("values.allFinal") : value;
      case "cause": return translated(t, `values.causes.${value.replace(".", "_")}`, () => value);
      default: return value;
    }
  };

  return (
    <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs text-slate-700">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt className="font-medium">{translated(t, `fields.${key}`, () => t("fields.other"))}</dt>
          <dd className="break-words [overflow-wrap:anywhere]">
            {key in left && <span className="text-red-800 line-through">{show(key, left[key])}</span>}
            {key in left && key in right && " → "}
            {key in right && <span className="text-green-800">{show(key, right[key])}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

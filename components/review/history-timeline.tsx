import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityEntryView } from "@/lib/server/activity/list-activity";

/** The append-only history as a timeline: who, when, and each changed field before → after. */
export async function HistoryTimeline({ entries, names }: { entries: ActivityEntryView[]; names: Map<string, string> }) {
  const t = await getTranslations("review.history");
  const format = await getFormatter();
  // "claim.updated" reads as the catalogue's "claim_updated"; an action without wording shows as is.
  const describe = (action: string) => {
    const key = action.replace(".", "_") as "claim_updated";
    return t.has(key) ? t(key) : action;
  };
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="relative space-y-3 border-l border-slate-300 pl-4 text-sm" data-testid="history">
      {entries.map((entry) => (
        <li key={entry.id} data-action={entry.action}>
          <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full bg-slate-400" aria-hidden />
          <p>
            <strong>{entry.actor?.name ?? t("system")}</strong> {describe(entry.action)}
            <span className="text-xs text-slate-600"> · {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
          </p>
          {entry.blindHidden ? <p className="mt-1 text-xs text-slate-600">{t("blindHidden")}</p> : <Changes before={entry.before} after={entry.after} names={names} />}
        </li>
      ))}
    </ol>
  );
}

function Changes({ before, after, names }: { before: unknown; after: unknown; names: Map<string, string> }) {
  const show = (key: string, value: unknown) =>
    value === null || value === undefined
      ? "—"
      : key === "assigneeId"
        ? (names.get(String(value)) ?? String(value))
        : key === "mentioned" && Array.isArray(value)
          ? value.map((id) => names.get(String(id)) ?? String(id)).join(", ")
          : typeof value === "string"
            ? value
            : JSON.stringify(value);
  const left = (before ?? {}) as Record<string, unknown>;
  const right = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => !key.endsWith("Id") || key === "assigneeId");
  if (keys.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-700">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt className="font-medium">{key}</dt>
          <dd className="break-words">
            {key in left && <span className="text-red-800 line-through">{show(key, left[key])}</span>}
            {key in left && key in right && " → "}
            {key in right && <span className="text-green-800">{show(key, right[key])}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

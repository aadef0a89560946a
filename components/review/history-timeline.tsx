import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityEntryView } from "@/lib/server/activity/list-activity";
import { HistoryChanges, type HistoryLevel } from "./history-changes";

/** The append-only history as a timeline: who, when, and each changed field before → after. */
export async function HistoryTimeline({ entries, names, levels }: { entries: ActivityEntryView[]; names: Map<string, string>; levels: Map<string, HistoryLevel> }) {
  const t = await getTranslations("review.history");
  const format = await getFormatter();
  // "claim.updated" reads as the catalogue's "claim_updated"; an action without wording gets a plain "changed something".
  const describe = (action: string) => {
    const key = action.replace(/[.-]/g, "_") as "claim_updated";
    return t.has(key) ? t(key) : t("other");
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
          {entry.blindHidden ? <p className="mt-1 text-xs text-slate-600">{t("blindHidden")}</p> : <HistoryChanges before={entry.before} after={entry.after} names={names} levels={levels} />}
        </li>
      ))}
    </ol>
  );
}

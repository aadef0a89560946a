import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityEntryView } from "@/lib/server/activity/list-activity";
import { HistoryChanges, type HistoryLevel } from "./history-changes";

interface HistoryPaging {
  /** The page's own address; `?history=<entry id>` is added for older entries. */
  href: string;
  nextCursor: string | null;
  /** Whether this is an older page (offers the way back to the newest entries). */
  paged: boolean;
}

/** The append-only history as a timeline: who, when, and each changed field before → after; long histories in pages. */
export async function HistoryTimeline({ entries, names, levels, paging }: { entries: ActivityEntryView[]; names: Map<string, string>; levels: Map<string, HistoryLevel>; paging?: HistoryPaging }) {
  const t = await getTranslations("review.history");
  const format = await getFormatter();
  // "claim.updated" reads as the catalogue's "claim_updated"; an action without wording gets a plain "changed something".
  // A change of only the assignee or only the status says so (walk of stop 46: "changed the claim" for an assignment).
  const describe = (entry: ActivityEntryView) => {
    const only = entry.action === "claim.updated" ? onlyChange(entry.after) : null;
    const key = (only === "assigneeId" ? "claim_assigned" : only === "status" ? "claim_status" : entry.action.replace(/[.-]/g, "_")) as "claim_updated";
    return t.has(key) ? t(key) : t("other");
  };
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const pageLinks = paging && (paging.paged || paging.nextCursor) && (
    <p className="mt-3 flex flex-wrap gap-4 text-sm">
      {paging.paged && (
        <Link className="text-blue-800 underline" href={`${paging.href}#history`}>
          {t("newest")}
        </Link>
      )}
      {paging.nextCursor && (
        <Link className="text-blue-800 underline" href={`${paging.href}?history=${paging.nextCursor}#history`} data-testid="history-older">
          {t("older")}
        </Link>
      )}
    </p>
  );
  return (
    <>
      <ol className="relative space-y-3 border-l border-slate-300 pl-4 text-sm" data-testid="history">
        {entries.map((entry) => (
          <li key={entry.id} data-action={entry.action}>
            <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full bg-slate-400" aria-hidden />
            <p>
              <strong>{entry.actor?.name ?? t("system")}</strong> {describe(entry)}
              <span className="text-xs text-slate-600"> · {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
            </p>
            {entry.blindHidden ? <p className="mt-1 text-xs text-slate-600">{t("blindHidden")}</p> : <HistoryChanges before={entry.before} after={entry.after} names={names} levels={levels} />}
          </li>
        ))}
      </ol>
      {pageLinks}
    </>
  );
}

/** The one field a change set, leaving bookkeeping aside ("version"), or null when it set several or none. */
function onlyChange(after: unknown): string | null {
  const keys = Object.keys((after ?? {}) as Record<string, unknown>).filter((key) => key !== "version");
  return keys.length === 1 ? keys[0]! : null;
}

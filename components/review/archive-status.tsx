import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

export interface SourceArchiveView {
  id: string;
  linkState: "pending" | "ok" | "changed" | "failed";
  checkedAt: Date | string | null;
  archivedAt: Date | string | null;
  archivedSnapshotId: string | null;
  /** Why the newest fetch failed, in the reader's words, when the link fails. */
  failure?: string | null;
}

/**
 * One line on a cited source's archive: "archived 3 Dec 2026", "link now fails — archived copy
 * from …", "page changed since it was cited", with a link to the archived text when there is one.
 */
export function ArchiveStatus({ source }: { source: SourceArchiveView }) {
  const t = useTranslations("source");
  const format = useFormatter();
  const date = (value: Date | string) => format.dateTime(new Date(value), { dateStyle: "medium", timeZone: "UTC" });
  const archived = source.archivedAt ? date(source.archivedAt) : null;
  const message = (() => {
    if (source.linkState === "pending") return t("archivePending");
    if (source.linkState === "failed") return archived ? t("linkFailed", { date: archived }) : t("linkFailedNoCopy");
    if (source.linkState === "changed") return t("linkChanged", { date: archived ?? "" });
    return t("archivedOn", { date: archived ?? "" });
  })();
  const tone = source.linkState === "failed" ? "text-red-800" : source.linkState === "changed" ? "text-amber-800" : "text-slate-600";
  return (
    <span className={`text-xs ${tone}`} data-testid="archive-status" data-link-state={source.linkState}>
      {message}
      {source.linkState === "failed" && source.failure && `: ${source.failure}`}
      {source.archivedSnapshotId && (
        <>
          {" · "}
          <Link className="underline" href={`/sources/${source.id}/snapshots/${source.archivedSnapshotId}`}>
            {t("viewArchived")}
          </Link>
        </>
      )}
    </span>
  );
}

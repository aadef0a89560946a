import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getSourceSnapshot } from "@/lib/server/source/get-source-snapshot";

export const generateMetadata = pageTitle("pageTitles.snapshot");

// The archived copy is shown as plain text in a <pre>: React escapes it, and the page's own HTML,
// scripts and images were never stored, so nothing of the original page can run or load here.
export default async function SnapshotPage({ params }: { params: Promise<{ id: string; snapshotId: string }> }) {
  const { id, snapshotId } = await params;
  const actor = await requirePageActor(`/sources/${id}/snapshots/${snapshotId}`);
  const snapshot = await orNotFound(getSourceSnapshot({ actor, sourceId: id, snapshotId }));
  const t = await getTranslations("source");
  const format = await getFormatter();
  const fetchedAt = format.dateTime(snapshot.fetchedAt, { dateStyle: "long", timeStyle: "short" });
  return (
    <>
      <PageHeader title={`${t("archivedCopy")}: ${snapshot.title ?? snapshot.source.title ?? snapshot.source.url}`} />
      <Card>
        <p className="text-sm text-slate-700">{t("archivedCopyIntro", { date: fetchedAt })}</p>
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
          <dt className="text-slate-600">{t("finalUrl")}</dt>
          <dd className="break-all">{snapshot.finalUrl ?? snapshot.requestedUrl}</dd>
          {snapshot.httpStatus !== null && (
            <>
              <dt className="text-slate-600">{t("httpStatus")}</dt>
              <dd>{snapshot.httpStatus}</dd>
            </>
          )}
        </dl>
        <Link className="mt-2 inline-block text-sm text-blue-800 underline" href={`/sources/${snapshot.source.id}`}>
          {t("backToSource")}
        </Link>
      </Card>
      {snapshot.text === null ? (
        <p className="mt-4 text-sm">{t("noCopy", { error: snapshot.error ?? "" })}</p>
      ) : (
        <pre className="mt-4 whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-4 font-sans text-sm" data-testid="archived-text">
          {snapshot.text}
        </pre>
      )}
    </>
  );
}

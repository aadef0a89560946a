import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArchiveAgainButton } from "@/components/review/archive-again-button";
import { ArchiveStatus } from "@/components/review/archive-status";
import { STANCE_TONE } from "@/components/review/stance-tone";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getSource } from "@/lib/server/source/get-source";

export const generateMetadata = pageTitle("pageTitles.source");

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/sources/${id}`);
  const source = await orNotFound(getSource({ actor, id }));
  const t = await getTranslations("source");
  const review = await getTranslations("review");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={source.title ?? source.url} />
      <Card>
        <p className="text-sm">
          <a className="break-all text-blue-800 underline" href={source.url} rel="noopener noreferrer nofollow" target="_blank">
            {t("open")}: {source.url}
          </a>
        </p>
        <p className="mt-2 flex flex-wrap gap-3 text-sm text-slate-700">
          {source.publisher && <span>{t("publisher")}: {source.publisher}</span>}
          {source.publishedAt && <span>{t("published")}: {format.dateTime(source.publishedAt, { dateStyle: "long" })}</span>}
          {source.isPrimary && <Badge>{review("primary")}</Badge>}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2" data-testid="source-archive">
          <ArchiveStatus source={source} />
          {source.checkedAt && <span className="text-xs text-slate-600">· {t("lastChecked", { date: format.dateTime(source.checkedAt, { dateStyle: "medium", timeStyle: "short" }) })}</span>}
          {can(actor.role, "source.manage") && <ArchiveAgainButton sourceId={source.id} archived={source.archivedSnapshotId !== null} />}
        </p>
      </Card>
      <h2 className="mb-3 mt-6 font-semibold">{t("citedBy", { count: source.citations.length })}</h2>
      <ul className="space-y-2" data-testid="source-citations">
        {source.citations.map((citation) => (
          <li key={citation.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <Badge tone={STANCE_TONE[citation.stance]}>{review(`stances.${citation.stance}`)}</Badge>{" "}
            <Link className="text-blue-800 underline" href={`/claims/${citation.claim.id}`}>
              {citation.claim.normalizedText ?? citation.claim.text}
            </Link>
            <span className="text-slate-600"> · {citation.claim.article.title}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

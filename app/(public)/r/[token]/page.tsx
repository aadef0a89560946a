import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PublicReport } from "@/components/report/public-report";
import { buildReport } from "@/lib/server/report/load-article-report";
import { publicReportUrl, resolveShareLink } from "@/lib/server/share/share-links";

// One lookup per request for the page and its metadata.
const sharedReport = cache(async (token: string) => {
  const link = await resolveShareLink(token);
  if (!link) return null;
  const report = await buildReport({ teamId: link.teamId, articleId: link.articleId, reportUrl: publicReportUrl(link.token) });
  return { link, report };
});

type Props = { params: Promise<{ token: string }> };

/** Title and Open Graph tags, so a shared link previews as the organisation's fact-check. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await sharedReport((await params).token);
  if (!shared) return { title: "Fact-check report", robots: { index: false } };
  const { report } = shared;
  const title = `${report.article.title} — ${report.organization.name}`;
  const finals = report.claims.filter((claim) => claim.verdict).length;
  const description = `${report.organization.name}: ${finals} claim${finals === 1 ? "" : "s"} checked in “${report.article.title}”.`;
  return {
    title,
    description,
    robots: { index: true },
    openGraph: {
      type: "article",
      title,
      description,
      url: report.article.reportUrl,
      siteName: report.organization.name,
      ...(report.organization.logoUrl && { images: [{ url: report.organization.logoUrl }] }),
    },
  };
}

// No sign-in: the token in the address is the permission, and revoking it ends access at once.
export default async function PublicReportPage({ params }: Props) {
  const shared = await sharedReport((await params).token);
  if (!shared) notFound();
  return <PublicReport report={shared.report} showReviewerNames={shared.link.showReviewerNames} />;
}

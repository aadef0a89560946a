import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicReport } from "@/components/report/public-report";
import { buildReport } from "@/lib/server/report/load-article-report";
import { publicReportUrl, resolveShareLink } from "@/lib/server/share/share-links";

export const metadata: Metadata = { title: "Fact-check report", robots: { index: true } };

// No sign-in: the token in the address is the permission, and revoking it ends access at once.
export default async function PublicReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resolveShareLink(token);
  if (!link) notFound();
  const report = await buildReport({ teamId: link.teamId, articleId: link.articleId, reportUrl: publicReportUrl(link.token) });
  return <PublicReport report={report} showReviewerNames={link.showReviewerNames} />;
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PublicReport } from "@/components/report/public-report";
import { buildReport } from "@/lib/server/report/load-article-report";
import { resolveShareLink } from "@/lib/server/share/share-links";

export const metadata: Metadata = { title: "Fact-check report", robots: { index: true } };

// No sign-in: the token in the address is the permission, and revoking it ends access at once.
export default async function PublicReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resolveShareLink(token);
  if (!link) notFound();
  const host = (await headers()).get("host");
  const origin = process.env.NEXTAUTH_URL ?? (host ? `http://${host}` : "");
  const report = await buildReport({ teamId: link.teamId, articleId: link.articleId, reportUrl: `${origin}/r/${link.token}` });
  return <PublicReport report={report} showReviewerNames={link.showReviewerNames} />;
}

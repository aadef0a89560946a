import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { PublicReport } from "@/components/report/public-report";
import { appOrigin } from "@/lib/server/http/app-origin";
import { loadPublicFactCheck } from "@/lib/server/share/load-public-fact-check";

// One lookup per request for the page and its metadata.
const sharedFactCheck = cache(loadPublicFactCheck);

type Props = { params: Promise<{ token: string }>; searchParams?: Promise<{ page?: string | string[] }> };

/** Title and Open Graph tags, so a shared link previews as the organisation's fact-check; noindex only when the link asks. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const factCheck = await sharedFactCheck((await params).token);
  if (!factCheck) return { title: "Fact-check report", robots: { index: false } };
  const { report } = factCheck;
  const title = `${report.article.title} — ${report.organization.name}`;
  const t = await getTranslations({ locale: report.article.language, namespace: "publicReport" });
  const description = t("metaDescription", { organization: report.organization.name, count: report.claims.length, title: report.article.title });
  return {
    // The OG image's address must be absolute, and never built from the request's Host header.
    metadataBase: new URL(appOrigin()),
    title,
    description,
    robots: { index: !factCheck.noindex, follow: !factCheck.noindex },
    openGraph: {
      type: "article",
      title,
      description,
      url: report.article.reportUrl,
      siteName: report.organization.name,
      images: [report.organization.logoUrl ? { url: report.organization.logoUrl } : { url: "/og-image.png", width: 1200, height: 630, alt: "Factdesk fact-check" }],
    },
  };
}

// No sign-in: the token in the address is the permission, and revoking it ends access at once.
export default async function PublicReportPage({ params, searchParams }: Props) {
  const factCheck = await sharedFactCheck((await params).token);
  if (!factCheck) notFound(); // not-found.tsx beside this page: withdrawn or mistyped, with status 404
  return <PublicReport factCheck={factCheck} requestedPage={(await searchParams)?.page} />;
}

import { getFormatter, getTranslations } from "next-intl/server";
import { claimReviewJson, claimReviews } from "@/lib/domain/report/claimreview";
import type { Report } from "@/lib/domain/report/report-types";
import { ColorBadge } from "@/components/ui/color-badge";
import { PublisherMasthead } from "./publisher-masthead";

/** The read-only report a share link opens: claims, verdicts, rationales and sources, with ClaimReview embedded. */
export async function PublicReport({ report, showReviewerNames }: { report: Report; showReviewerNames: boolean }) {
  const t = await getTranslations("publicReport");
  const stances = await getTranslations("review.stances");
  const format = await getFormatter();
  const { article, credibility } = report;
  // JSON inside <script> must not be able to close the tag.
  const jsonLd = claimReviewJson(claimReviews(report));
  return (
    <main>
      <article lang={article.language} className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
        <header>
          <PublisherMasthead organization={report.organization} by={t("by", { organization: report.organization.name })} />
          <h1 className="text-2xl font-semibold">{article.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {[article.outlet, article.publishedAt && format.dateTime(new Date(article.publishedAt), { dateStyle: "long" })].filter(Boolean).join(" · ")}
            {article.url && (
              <>
                {" · "}
                <a className="text-blue-800 underline" href={article.url} rel="noopener noreferrer nofollow">
                  {t("original")}
                </a>
              </>
            )}
          </p>
        </header>
        <section className="rounded border border-slate-200 bg-white p-4" aria-labelledby="credibility">
          <h2 id="credibility" className="font-semibold">{t("credibility")}</h2>
          <p className="mt-1">
            {credibility.state === "scored"
              ? t("score", { score: credibility.score!, low: credibility.range!.low, high: credibility.range!.high })
              : t("notEnough", { reviewed: credibility.reviewed, total: credibility.checkworthy })}
          </p>
        </section>
        <ol className="space-y-4">
          {report.claims.map((claim) => (
            <li key={claim.id} id={`claim-${claim.id}`} className="rounded border border-slate-200 bg-white p-4">
              <p className="font-medium">{claim.wording ?? claim.text}</p>
              {claim.wording && <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm text-slate-700">{claim.text}</blockquote>}
              {claim.claimant && <p className="mt-1 text-sm text-slate-600">{t("claimant", { name: claim.claimant })}</p>}
              {claim.verdict ? (
                <div className="mt-2">
                  <ColorBadge color={claim.verdict.color} className="text-sm">
                    {claim.verdict.label}
                  </ColorBadge>
                  <p className="mt-2 whitespace-pre-line text-sm">{claim.verdict.rationale}</p>
                  {showReviewerNames && claim.verdict.decidedBy && <p className="mt-1 text-xs text-slate-600">{t("decidedBy", { name: claim.verdict.decidedBy })}</p>}
                </div>
              ) : (
                <p className="mt-2 text-sm italic text-slate-600">{t("open")}</p>
              )}
              {claim.sources.length > 0 && (
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {claim.sources.map((source) => (
                    <li key={source.url}>
                      {stances(source.stance as "supports")}:{" "}
                      <a className="text-blue-800 underline" href={source.url} rel="noopener noreferrer nofollow">
                        {source.title ?? source.url}
                      </a>
                      {source.publisher && `, ${source.publisher}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </article>
    </main>
  );
}

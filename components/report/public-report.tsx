import { Fragment } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { claimReviewJson, claimReviews } from "@/lib/domain/report/claimreview";
import type { PublicFactCheck } from "@/lib/server/share/load-public-fact-check";
import { PublicClaim } from "./public-claim";
import { PublicCorrections, PublicMethod } from "./public-method";
import { PublisherMasthead } from "./publisher-masthead";

/**
 * The fact-check page a share link opens, as a newsroom publishes it: the chosen claims with final
 * verdicts, rationale, sources and dates; corrections; the method; ClaimReview embedded.
 */
export async function PublicReport({ factCheck }: { factCheck: PublicFactCheck }) {
  const { report } = factCheck;
  const { article } = report;
  // A published fact-check is one document in the article's language, whoever opens it (its labels,
  // dates and quotation marks too): an English page around German verdicts read as two half-pages.
  const locale = article.language;
  const t = await getTranslations({ locale, namespace: "publicReport" });
  const checked = report.claims.filter((claim) => claim.verdict).length;
  const format = await getFormatter({ locale });
  // JSON inside <script> must not be able to close the tag.
  const jsonLd = claimReviewJson(claimReviews(report));
  return (
    <main>
      <article lang={article.language} className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
        <header>
          <PublisherMasthead organization={report.organization} by={t("by", { organization: report.organization.name })} />
          <h1 className="text-xl font-semibold hyphens-auto [overflow-wrap:anywhere] sm:text-2xl">{article.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {/* Separators only between the parts there are (an article may have no outlet, date or address). */}
            {[
              article.outlet,
              article.publishedAt && format.dateTime(new Date(article.publishedAt), { dateStyle: "long" }),
              article.url && (
                <a className="text-blue-800 underline" href={article.url} rel="noopener noreferrer nofollow">
                  {t("original")}
                </a>
              ),
              <a className="text-blue-800 underline" href={`${new URL(article.reportUrl).pathname}/pdf`}>
                {t("downloadPdf")}
              </a>,
            ]
              .filter(Boolean)
              .map((part, index) => (
                <Fragment key={index}>
                  {index > 0 && " · "}
                  {part}
                </Fragment>
              ))}
          </p>
        </header>
        {factCheck.corrections.length > 0 && <PublicCorrections corrections={factCheck.corrections} locale={locale} />}
        <section aria-labelledby="checked-claims">
          {/* A withdrawn verdict's claim stays listed, saying so, but is no longer counted as checked (walk of stop 41). */}
          <h2 id="checked-claims" className="mb-2 font-semibold">
            {t("checkedClaims", { count: checked })}
            {checked < report.claims.length && ` · ${t("againUnderReview", { count: report.claims.length - checked })}`}
          </h2>
          {report.claims.length === 0 ? (
            <p className="text-sm text-slate-600">{t("nothingPublished")}</p>
          ) : (
            <ol className="space-y-4">
              {report.claims.map((claim) => (
                <PublicClaim key={claim.id} claim={claim} underReview={factCheck.underReview[claim.id]} textChanged={factCheck.textChanged.includes(claim.id)} showReviewerNames={factCheck.showReviewerNames} locale={locale} />
              ))}
            </ol>
          )}
        </section>
        <PublicMethod credibility={report.credibility} levels={factCheck.levels} locale={locale} />
      </article>
    </main>
  );
}

import { Fragment } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { claimReviewJson, claimReviews } from "@/lib/domain/report/claimreview";
import { publicPage, type PublicPage } from "@/lib/domain/report/public-page";
import type { PublicFactCheck } from "@/lib/server/share/load-public-fact-check";
import { PublicClaim } from "./public-claim";
import { PublicCorrections, PublicMethod } from "./public-method";
import { PublisherMasthead } from "./publisher-masthead";

/**
 * The fact-check page a share link opens, as a newsroom publishes it: the chosen claims with final
 * verdicts, rationale, sources and dates; corrections; the method; ClaimReview embedded.
 */
export async function PublicReport({ factCheck, requestedPage }: { factCheck: PublicFactCheck; requestedPage?: string | string[] }) {
  const { report } = factCheck;
  // A hundred claims a page (see public-page.ts); the embedded ClaimReview holds the page's claims.
  const shown = publicPage(report.claims.length, requestedPage);
  const claims = report.claims.slice(shown.from, shown.to);
  const { article } = report;
  // A published fact-check is one document in the article's language, whoever opens it (its labels,
  // dates and quotation marks too): an English page around German verdicts read as two half-pages.
  const locale = article.language;
  const t = await getTranslations({ locale, namespace: "publicReport" });
  const checked = report.claims.filter((claim) => claim.verdict).length;
  const format = await getFormatter({ locale });
  // JSON inside <script> must not be able to close the tag.
  const jsonLd = claimReviewJson(claimReviews({ ...report, claims }));
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
            <ol className="space-y-4" start={shown.from + 1}>
              {claims.map((claim) => (
                <PublicClaim key={claim.id} claim={claim} underReview={factCheck.underReview[claim.id]} textChanged={factCheck.textChanged.includes(claim.id)} showReviewerNames={factCheck.showReviewerNames} locale={locale} />
              ))}
            </ol>
          )}
          {shown.pages > 1 && <ClaimPages shown={shown} total={report.claims.length} base={new URL(article.reportUrl).pathname} locale={locale} />}
        </section>
        <PublicMethod credibility={report.credibility} levels={factCheck.levels} locale={locale} />
      </article>
    </main>
  );
}

/** Which claims the page shows, and the way to the pages before and after it. */
async function ClaimPages({ shown, total, base, locale }: { shown: PublicPage; total: number; base: string; locale: string }) {
  const t = await getTranslations({ locale, namespace: "publicReport" });
  return (
    <nav aria-label={t("claimPages")} className="mt-4 flex flex-wrap items-center gap-4 text-sm" data-testid="claim-pages">
      <span className="text-slate-600">{t("claimsRange", { from: shown.from + 1, to: shown.to, total })}</span>
      {shown.page > 1 && (
        <a className="text-blue-800 underline" href={`${base}?page=${shown.page - 1}#checked-claims`}>
          {t("previousClaims")}
        </a>
      )}
      {shown.page < shown.pages && (
        <a className="text-blue-800 underline" href={`${base}?page=${shown.page + 1}#checked-claims`}>
          {t("nextClaims")}
        </a>
      )}
    </nav>
  );
}

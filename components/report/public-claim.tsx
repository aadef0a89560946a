import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportClaim } from "@/lib/domain/report/report-types";
import { ColorBadge } from "@/components/ui/color-badge";

/** One published claim: its wording beside the verbatim quote, the verdict with its meaning, why, and the evidence. */
export async function PublicClaim({ claim, underReview, textChanged = false, showReviewerNames, locale }: { claim: ReportClaim; underReview?: { since: string; reason: string | null }; textChanged?: boolean; showReviewerNames: boolean; locale: string }) {
  const t = await getTranslations({ locale, namespace: "publicReport" });
  const stances = await getTranslations({ locale, namespace: "review.stances" });
  const format = await getFormatter({ locale });
  // Only what reviewers accepted or wrote is published: the engine's suggestion is never applied silently.
  const wording = claim.wording;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  return (
    <li id={`claim-${claim.id}`} className="rounded border border-slate-200 bg-white p-4 [overflow-wrap:anywhere]">
      <p className="font-medium">{wording ?? claim.text}</p>
      {wording && (
        <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
          <span className="sr-only">{t("verbatim")}: </span>{t("quoted", { text: claim.text })}
        </blockquote>
      )}
      {claim.claimant && <p className="mt-1 text-sm text-slate-600">{t("claimant", { name: claim.claimant })}</p>}
      {textChanged && (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="text-changed">
          {t("textChanged")}
        </p>
      )}
      {claim.verdict ? (
        <div className="mt-2">
          <p className="flex flex-wrap items-center gap-2">
            <ColorBadge color={claim.verdict.color} className="text-sm">
              {claim.verdict.label}
            </ColorBadge>
            {claim.verdict.description && <span className="text-sm text-slate-700">{claim.verdict.description}</span>}
          </p>
          <p className="mt-2 whitespace-pre-line text-sm">{claim.verdict.rationale}</p>
          <p className="mt-1 text-xs text-slate-600">
            {t("reviewedOn", { date: date(claim.verdict.decidedAt) })}
            {showReviewerNames && claim.verdict.decidedBy && ` · ${t("decidedBy", { name: claim.verdict.decidedBy })}`}
          </p>
        </div>
      ) : (
        underReview && (
          <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
            {t("underReview", { date: date(underReview.since) })}
            {underReview.reason && ` ${t("reason", { reason: underReview.reason })}`}
          </p>
        )
      )}
      {claim.sources.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold">{t("sources")}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {claim.sources.map((source) => (
              <li key={source.url}>
                {stances(source.stance as "supports")}:{" "}
                <a className="text-blue-800 underline" href={source.url} rel="noopener noreferrer nofollow">
                  {source.title ?? source.url}
                </a>
                {source.publisher && `, ${source.publisher}`}
                {source.archivedAt && <span className="text-slate-600"> ({t("archived", { date: date(source.archivedAt) })})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

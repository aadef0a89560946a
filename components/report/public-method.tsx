import { getFormatter, getTranslations } from "next-intl/server";
import { MIN_COVERAGE, type ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import type { PublicFactCheck } from "@/lib/server/share/load-public-fact-check";
import { ColorBadge } from "@/components/ui/color-badge";

/** Dated corrections: a published verdict that was withdrawn or changed, never silently. */
export async function PublicCorrections({ corrections, locale }: { corrections: PublicFactCheck["corrections"]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "publicReport" });
  const format = await getFormatter({ locale });
  return (
    <section aria-labelledby="corrections" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="corrections">
      <h2 id="corrections" className="font-semibold">{t("corrections")}</h2>
      <ul className="mt-1 space-y-1">
        {corrections.map((correction) => (
          <li key={`${correction.claimId}-${correction.date.toISOString()}`} className="[overflow-wrap:anywhere]">
            <span className="font-medium">{format.dateTime(correction.date, { dateStyle: "long" })}:</span>{" "}
            {correction.after
              ? t("changed", { claim: correction.claimText, before: correction.before, after: correction.after })
              : t("withdrawn", { claim: correction.claimText, before: correction.before })}
            {correction.reason && ` ${t("reason", { reason: correction.reason })}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How the claims were chosen and rated, and how the score is computed (or why there is none). */
export async function PublicMethod({ credibility, levels, locale }: { credibility: ArticleCredibility; levels: PublicFactCheck["levels"]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "publicReport" });
  return (
    <section aria-labelledby="method" className="space-y-3 rounded border border-slate-200 bg-white p-4 text-sm" data-testid="method">
      <h2 id="method" className="font-semibold">{t("method")}</h2>
      <p>{t("howChosen")}</p>
      <div>
        <h3 className="font-medium">{t("scale")}</h3>
        <dl className="mt-1 space-y-1">
          {levels.map((level) => (
            // Side by side in a column on wider screens, so long descriptions do not drop below their label.
            <div key={level.key} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 sm:flex-nowrap">
              <dt className="sm:w-56 sm:shrink-0">
                <ColorBadge color={level.color} className="text-xs">
                  {level.label}
                </ColorBadge>
              </dt>
              <dd className="text-slate-700">
                {level.description}
                {!level.counts && <span className="text-slate-500"> ({t("notCounted")})</span>}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <div>
        <h3 className="font-medium">{t("credibility")}</h3>
        <p>
          {credibility.state === "scored"
            ? t("score", { score: credibility.score!, low: credibility.range!.low, high: credibility.range!.high })
            : credibility.coverage >= MIN_COVERAGE
              ? t("noCountingVerdicts")
              : t("noScore", { reviewed: credibility.reviewed, total: credibility.checkworthy })}
        </p>
        <p className="mt-1 text-slate-700">{t("howScored")}</p>
      </div>
    </section>
  );
}

import { articleCredibility, type ClaimForCredibility } from "@/lib/domain/credibility/article-credibility";
import { articleLead } from "@/lib/domain/article/article-lead";
import { levelDescription, levelLabel } from "@/lib/domain/rating/scale-presets";
import type { Report, ReportClaim } from "@/lib/domain/report/report-types";
import { germanNominative } from "@/lib/domain/claims/german-nominative";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import { appOrigin } from "@/lib/server/http/app-origin";
import { isUuid } from "@/lib/validations/id";
import { ARTICLE_ID_PLACEHOLDER, teamSettings } from "@/lib/validations/team";
import { withoutDirectionControls } from "@/lib/domain/text/direction-controls";

export interface ReportScope {
  teamId: string;
  articleId: string;
  /** Public URL of the report page, given only by the public page itself (tokens are stored as hashes). */
  reportUrl?: string | null;
  /** Only these claims (a selection), in article order. */
  claimIds?: string[];
  /** Level names in this language (the reader's, on pages); reports and exports use the article's. */
  labelLanguage?: string;
  /**
   * Also claims with a final verdict whose words a text edit removed (orphaned): a public page keeps
   * what it published. They count for no credibility: their words are no longer in the article.
   */
  withOrphanedFinals?: boolean;
  /** Also every other orphaned claim (the team's own reports and exports: review work is never dropped from them). */
  withOrphaned?: boolean;
}

/** The report of one article, for the actor's team. */
export async function loadArticleReport({ actor, articleId, claimIds, labelLanguage }: { actor: Actor; articleId: string; claimIds?: string[]; labelLanguage?: string }): Promise<Report> {
  authorize(actor, "article.read");
  if (!isUuid(articleId)) throw notFound("The article");
  // The team's exports carry every claim with its review work, also those whose words an edit removed
  // (flagged `inText: false`); they dropped even published final verdicts (probe of stop 29).
  const report = await buildReport({ teamId: actor.teamId, articleId, claimIds, labelLanguage, withOrphaned: true });
  // A selection names claims of this report only: a quietly empty report hid a mistyped or foreign id.
  const listed = new Set(report.claims.map((claim) => claim.id));
  if (claimIds?.some((id) => !listed.has(id))) {
    throw new AppError(
      "INVALID_INPUT",
      "Some of the listed claims are not in this article's report (unknown, of another article, or merged).",
      [{ field: "claims", message: "Not a claim of this report." }],
    );
  }
  return report;
}

/** Reads an article's claims, final verdicts (with their scale's range) and sources into a Report. */
export async function buildReport(scope: ReportScope): Promise<Report> {
  // Claims, verdicts and sources in three queries filtered by the article, not by a list of claim ids:
  // Prisma loads a nested relation with one bind parameter per parent row, and an article of more than
  // 32,767 claims (a 460 KB text can hold them) went past PostgreSQL's limit (a 500: hostile probe of stop 27).
  const claimWhere = {
    articleId: scope.articleId,
    teamId: scope.teamId,
    mergedIntoId: null,
    ...(scope.withOrphaned
      ? {}
      : scope.withOrphanedFinals
        ? { OR: [{ anchorState: { not: "orphaned" as const } }, { status: "final" as const }] }
        : { anchorState: { not: "orphaned" as const } }),
    ...(scope.claimIds && { id: { in: scope.claimIds } }),
  };
  const [article, claimRows, verdicts, citations] = await Promise.all([
    db.article.findFirst({
      where: { id: scope.articleId, teamId: scope.teamId },
      select: {
        id: true, title: true, body: true, sourceUrl: true, language: true, publishedAt: true,
        outlet: { select: { name: true } },
        team: { select: { name: true, organizationName: true, publicUrl: true, settings: true } },
      },
    }),
    claimsInPages(claimWhere),
    db.finalVerdict.findMany({
      where: { reopenedAt: null, claim: claimWhere },
      select: { claimId: true, rationale: true, decidedAt: true, decidedBy: { select: { name: true } }, level: { select: { key: true, labelEn: true, labelDe: true, description: true, descriptionDe: true, value: true, credibility: true, color: true, scaleId: true } } },
    }),
    db.citation.findMany({
      where: { removedAt: null, claim: claimWhere },
      orderBy: { createdAt: "asc" },
      select: { claimId: true, stance: true, excerpt: true, source: { select: { url: true, title: true, publisher: true, archivedAt: true } } },
    }),
  ]);
  const verdictsOf = groupByClaim(verdicts);
  const citationsOf = groupByClaim(citations);
  if (!article) throw notFound("The article");
  // Where the fact-check is read: the public page (only it knows its own address; share tokens are
  // stored as hashes), else the team's published address from its pattern, else the article in
  // Factdesk, so ClaimReview always has the `url` Google requires.
  const settings = teamSettings.parse(article.team.settings);
  const reportUrl =
    scope.reportUrl ??
    settings.reportUrlPattern?.replaceAll(ARTICLE_ID_PLACEHOLDER, article.id) ??
    `${appOrigin()}/articles/${article.id}`;

  const scaleIds = [...new Set(verdicts.map((verdict) => verdict.level.scaleId))];
  // The 0–100 range spans the levels that count: a "not checkable" level's value says nothing about truth.
  const ranges = await db.ratingLevel.groupBy({
    by: ["scaleId"],
    where: { scaleId: { in: scaleIds }, credibility: { not: "not_rated" } },
    _min: { value: true },
    _max: { value: true },
  });
  const rangeOf = new Map(ranges.map((range) => [range.scaleId, { worst: range._min.value ?? 0, best: range._max.value ?? 1 }]));

  // Claimants stored before the engine named German bodies in the nominative read right in reports too
  // (worked out once per name: an article names few people, and a spam page one name thousands of times).
  const nominatives = new Map<string, string>();
  const claimantName = (text: string) => {
    let name = nominatives.get(text);
    if (name === undefined) nominatives.set(text, (name = germanNominative(text)));
    return name;
  };
  // One pass and one object per claim, no copies of the rows (spreading 40,000 of them held the thread for
  // a tenth of a second); what credibility needs is collected beside, from the claims still in the text.
  const forCredibility: ClaimForCredibility[] = [];
  const claims = claimRows.map((claim): ReportClaim => {
    const final = verdictsOf.get(claim.id)?.[0];
    const range = final ? (rangeOf.get(final.level.scaleId) ?? { worst: 0, best: 1 }) : null;
    const reportClaim: ReportClaim = {
      id: claim.id,
      // Words of the article go out without direction overrides (direction-controls.ts); the reviewers' own are refused at input.
      text: withoutDirectionControls(claim.text),
      wording: claim.normalizedText,
      suggestedWording: withoutDirectionControls(claim.suggestedWording),
      claimant: withoutDirectionControls(claim.claimantText && article.language === "de" ? claimantName(claim.claimantText) : claim.claimantText),
      status: claim.status,
      exclusion: claim.status === "excluded" && claim.exclusionReason ? { reason: claim.exclusionReason, note: claim.exclusionNote } : null,
      checkworthiness: claim.checkworthiness,
      inText: claim.anchorState !== "orphaned",
      verdict:
        final && range
          ? {
              key: final.level.key,
              label: levelLabel(final.level, scope.labelLanguage ?? article.language),
              description: levelDescription(final.level, scope.labelLanguage ?? article.language),
              value: final.level.value,
              ...range,
              credibility: final.level.credibility,
              color: final.level.color,
              rationale: final.rationale,
              decidedAt: final.decidedAt.toISOString(),
              decidedBy: final.decidedBy.name,
            }
          : null,
      sources: (citationsOf.get(claim.id) ?? []).map(({ source, stance, excerpt }) => ({ ...source, archivedAt: source.archivedAt?.toISOString() ?? null, stance, excerpt })),
    };
    if (claim.anchorState !== "orphaned") forCredibility.push({ checkworthiness: claim.checkworthiness, checkworthy: claim.checkworthy, excluded: claim.status === "excluded", final: reportClaim.verdict });
    return reportClaim;
  });

  const credibility = articleCredibility(forCredibility);
  return {
    generatedAt: new Date().toISOString(),
    organization: { name: article.team.organizationName ?? article.team.name, url: article.team.publicUrl, logoUrl: settings.logoUrl },
    article: {
      id: article.id,
      title: article.title,
      url: article.sourceUrl,
      outlet: article.outlet?.name ?? null,
      language: article.language,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      lead: withoutDirectionControls(articleLead(article.body)),
      reportUrl,
    },
    credibility,
    claims,
  };
}

function groupByClaim<T extends { claimId: string }>(rows: T[]): Map<string, T[]> {
  const byClaim = new Map<string, T[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId);
    if (list) list.push(row);
    else byClaim.set(row.claimId, [row]);
  }
  return byClaim;
}

const CLAIMS_PER_PAGE = 5000;
const CLAIM_FIELDS = { id: true, text: true, normalizedText: true, suggestedWording: true, claimantText: true, status: true, exclusionReason: true, exclusionNote: true, checkworthiness: true, checkworthy: true, anchorState: true, position: true } as const;

/**
 * The claims in article order, read a page at a time (keyset on position, then id): turning the rows of
 * an article of 80,000 claims into objects in one go held the server's thread for 0.12–0.2 s; a page at
 * a time, for under 0.07 s.
 */
async function claimsInPages(where: Prisma.ClaimWhereInput) {
  const claims: Prisma.ClaimGetPayload<{ select: typeof CLAIM_FIELDS }>[] = [];
  for (;;) {
    const last = claims.at(-1);
    const page = await db.claim.findMany({
      where: last ? { AND: [where, { OR: [{ position: { gt: last.position } }, { position: last.position, id: { gt: last.id } }] }] } : where,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take: CLAIMS_PER_PAGE,
      select: CLAIM_FIELDS,
    });
    for (const claim of page) claims.push(claim);
    if (page.length < CLAIMS_PER_PAGE) return claims;
  }
}

import { articleCredibility, type ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import { claimReviewJson, claimReviews } from "@/lib/domain/report/claimreview";
import { inline, markdownFooter, renderMarkdown } from "@/lib/domain/report/render-markdown";
import type { Report } from "@/lib/domain/report/report-types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import { loadCredibilityClaims } from "@/lib/server/outlet/credibility-claims";
import { isUuid } from "@/lib/validations/id";
import type { ReportFormat, ReportQuery } from "@/lib/validations/report";
import { buildReport } from "./load-article-report";
import { renderPdfInWorker } from "./render-pdf-in-worker";
import { BOM, csvHeader, csvRows, downloadHeaders } from "./report-response";

/** A PDF is read by people: beyond this many claims it would be thousands of pages, so CSV or JSON it is. */
export const OUTLET_PDF_MAX_CLAIMS = 2000;
const ARTICLES_PER_BATCH = 20;

/**
 * An outlet's report over all its articles. Every text format streams article by article as the
 * client reads (each article's report is built, written and dropped), so a hundred thousand claims
 * take no more memory than one article's; the PDF is built whole and therefore capped.
 */
export async function outletReportResponse({ actor, outletId, query }: { actor: Actor; outletId: string; query: Omit<ReportQuery, "claims"> }): Promise<Response> {
  authorize(actor, "article.read");
  const outlet = isUuid(outletId)
    ? await db.outlet.findFirst({
        where: { id: outletId, teamId: actor.teamId },
        select: { id: true, name: true, domain: true, reliability: true, reliabilityRationale: true, team: { select: { name: true, organizationName: true } } },
      })
    : null;
  if (!outlet) throw notFound("The outlet");
  const { team, ...outletFields } = outlet;
  const organization = team.organizationName ?? team.name;
  const credibility = articleCredibility(await loadCredibilityClaims({ teamId: actor.teamId, groupBy: "outlet", outletId }));
  const headers = downloadHeaders(outlet.name, query.format);
  const reports = articleReports(actor.teamId, outletId);

  if (query.format === "pdf") {
    const claims = await db.claim.count({ where: { teamId: actor.teamId, mergedIntoId: null, article: { outletId } } });
    if (claims > OUTLET_PDF_MAX_CLAIMS) {
      throw new AppError("INVALID_INPUT", `An outlet PDF is limited to ${OUTLET_PDF_MAX_CLAIMS.toLocaleString("en")} claims and this outlet has ${claims.toLocaleString("en")}. Export CSV or JSON, or one PDF per article.`);
    }
    const sections: { heading: string; claims: Report["claims"] }[] = [];
    for await (const report of reports) sections.push({ heading: report.article.title, claims: report.claims });
    const pdf = await renderPdfInWorker({ title: outlet.name, organization, language: actor.locale ?? "en", details: [outlet.domain, `${sections.length} articles`], lead: null, credibility, sections });
    return new Response(new Uint8Array(pdf), { headers });
  }

  const generatedAt = new Date().toISOString();
  const parts = formatParts(query.format, { generatedAt, organization, outlet: { ...outletFields, credibility } }, query.bom ?? false);
  return new Response(textStream(reports, parts), { headers });
}

interface OutletHeader {
  generatedAt: string;
  organization: string;
  outlet: { name: string; credibility: ArticleCredibility } & Record<string, unknown>;
}

/** How each text format opens, writes one article as pieces (joined by `separator` across articles) and closes. */
function formatParts(format: Exclude<ReportFormat, "pdf">, header: OutletHeader, bom: boolean): StreamParts {
  switch (format) {
    case "csv":
      return { start: (bom ? BOM : "") + csvHeader(), pieces: (report) => (report.claims.length ? [csvRows(report, false)] : []), separator: "", end: "" };
    case "claimreview":
      return { start: "[\n", pieces: (report) => claimReviews(report).map((review) => claimReviewJson(review)), separator: ",\n", end: "\n]\n" };
    case "json":
      return { start: `${JSON.stringify(header).slice(0, -1)},"articles":[\n`, pieces: (report) => [JSON.stringify(report)], separator: ",\n", end: "\n]}\n" };
    case "md": {
      const { score, state, reviewed, checkworthy } = header.outlet.credibility;
      const summary = state === "scored" ? `Score **${score}/100** over all articles, ${reviewed} of ${checkworthy} check-worthy claims reviewed.` : `Not enough reviewed yet: ${reviewed} of ${checkworthy} check-worthy claims have a final verdict.`;
      return {
        start: `# ${inline(header.outlet.name)}\n\n${summary}\n\n`,
        pieces: (report) => [renderMarkdown(report, { depth: 2, footer: false })],
        separator: "\n",
        end: `\n${markdownFooter(header.organization, header.generatedAt)}`,
      };
    }
  }
}

interface StreamParts {
  start: string;
  pieces: (report: Report) => string[];
  separator: string;
  end: string;
}

/** The outlet's articles' reports, oldest first, fetched a batch of ids at a time (keyset on id). */
async function* articleReports(teamId: string, outletId: string): AsyncGenerator<Report> {
  let after: string | undefined;
  for (;;) {
    const batch = await db.article.findMany({
      where: { teamId, outletId, ...(after && { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: ARTICLES_PER_BATCH,
      select: { id: true },
    });
    for (const { id } of batch) yield buildReport({ teamId, articleId: id });
    if (batch.length < ARTICLES_PER_BATCH) return;
    after = batch.at(-1)!.id;
  }
}

/** A byte stream that pulls the next article only when the client has read the previous one. */
function textStream(reports: AsyncGenerator<Report>, parts: StreamParts) {
  const encoder = new TextEncoder();
  let written = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (parts.start) controller.enqueue(encoder.encode(parts.start));
    },
    // Each pull must enqueue something (or close): a pull that adds nothing is not repeated.
    async pull(controller) {
      for (;;) {
        const next = await reports.next();
        if (next.done) {
          controller.enqueue(encoder.encode(parts.end));
          controller.close();
          return;
        }
        const pieces = parts.pieces(next.value);
        if (!pieces.length) continue;
        controller.enqueue(encoder.encode((written ? parts.separator : "") + pieces.join(parts.separator)));
        written = true;
        return;
      }
    },
    async cancel() {
      await reports.return(undefined);
    },
  });
}

import { articleCredibility, type ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import { inline, markdownFooter } from "@/lib/domain/report/render-markdown";
import { forReaders, type Report } from "@/lib/domain/report/report-types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import { loadCredibilityClaims } from "@/lib/server/outlet/credibility-claims";
import { isUuid } from "@/lib/validations/id";
import { teamSettings } from "@/lib/validations/team";
import type { ReportQuery } from "@/lib/validations/report";
import { buildReport } from "./load-article-report";
import { PDF_MAX_CLAIMS, renderPdfInWorker } from "./render-pdf-in-worker";
import { piecesStream } from "@/lib/server/http/pieces-stream";
import { BOM, csvHeader } from "./report-csv";
import { outletArticlePieces, type TextFormat } from "./report-pieces";
import { downloadHeaders } from "./report-response";
import { LARGE_READ_CLAIMS, largeReadTurn } from "@/lib/server/http/large-reads";
import type { Locale } from "@/lib/i18n/locales";
import type { OutletReliability } from "@/lib/server/db/generated/enums";
import { publishedLevels } from "@/lib/server/rating-scale/published-levels";
import { factCheckNotes } from "./fact-check-notes";
import { outletWords } from "./outlet-report-words";
import { scalesOfFinalVerdicts } from "./article-report-pdf";

const ARTICLES_PER_BATCH = 20;

/**
 * An outlet's report over all its articles. Every text format streams as the client reads, article by
 * article and at most 500 claims a piece (each article's report is built, written and dropped), so a
 * hundred thousand claims take no more memory than one article's and never hold the thread for long;
 * the PDF is built whole and therefore capped.
 */
export async function outletReportResponse({ actor, outletId, query, language }: { actor: Actor; outletId: string; query: Omit<ReportQuery, "claims">; language: Locale }): Promise<Response> {
  authorize(actor, "article.read");
  const outlet = isUuid(outletId)
    ? await db.outlet.findFirst({
        where: { id: outletId, teamId: actor.teamId },
        select: { id: true, name: true, domain: true, reliability: true, reliabilityRationale: true, team: { select: { name: true, organizationName: true, publicUrl: true, settings: true } } },
      })
    : null;
  if (!outlet) throw notFound("The outlet");
  const { team, ...outletFields } = outlet;
  const organization = team.organizationName ?? team.name;
  // The same shape as an article report's (the outlet's JSON gave a bare name: probe of stop 32).
  const publisher = { name: organization, url: team.publicUrl, logoUrl: teamSettings.parse(team.settings).logoUrl };
  const credibility = async () => articleCredibility(await loadCredibilityClaims({ teamId: actor.teamId, groupBy: "outlet", outletId }));
  const headers = downloadHeaders(outlet.name, query.format);
  const reports = articleReports(actor.teamId, outletId);

  if (query.format === "pdf") {
    const claims = await db.claim.count({ where: { teamId: actor.teamId, mergedIntoId: null, article: { outletId } } });
    if (claims > PDF_MAX_CLAIMS) {
      throw new AppError("INVALID_INPUT", `An outlet PDF is limited to ${PDF_MAX_CLAIMS.toLocaleString("en")} claims and this outlet has ${claims.toLocaleString("en")}. Export CSV or JSON, or one PDF per article.`);
    }
    const pdf = await renderPdfInWorker(async () => {
      const sections: { heading: string; claims: Report["claims"] }[] = [];
      for await (const report of reports) sections.push({ heading: report.article.title, claims: forReaders(report).claims });
      // (Its score too is read once a render thread is free: re-probe of stop 40, an outlet's 503s came slower.)
      // In the reader's language throughout, with the desk's rating and the method (walk of stop 45: an English frame
      // around German verdicts, "1 articles", no rating, no method).
      const outletCredibility = await credibility();
      const levels = await publishedLevels({ teamId: actor.teamId, scaleIds: await scalesOfFinalVerdicts(sections.flatMap((section) => section.claims.filter((claim) => claim.verdict).map((claim) => claim.id)), actor.teamId), language });
      const words = outletWords(language);
      return {
        title: outlet.name,
        organization,
        language,
        details: [outlet.domain, words.articles(sections.length), words.rating(outlet.reliability, outlet.reliabilityRationale)],
        lead: null,
        credibility: outletCredibility,
        sections,
        scope: "outlet",
        notes: factCheckNotes({ language, credibility: outletCredibility, levels, scope: "outlet" }),
      };
    });
    return new Response(new Uint8Array(pdf), { headers });
  }

  const generatedAt = new Date().toISOString();
  // A whole outlet is a large read: it holds one of its team's large-read turns until written (re-probe of stop 43: loops
  // of a 56 MB outlet CSV slowed other teams).
  const done = await largeReadTurn(LARGE_READ_CLAIMS, actor.teamId);
  try {
    const articles = await db.article.count({ where: { teamId: actor.teamId, outletId } });
    const frame = formatFrame(query.format, { generatedAt, organization: publisher, outlet: { ...outletFields, credibility: await credibility() }, articles }, query.bom ?? false, language);
    return new Response(piecesStream(outletText(reports, query.format, frame, language), done), { headers });
  } catch (error) {
    done();
    throw error;
  }
}

interface OutletHeader {
  generatedAt: string;
  /** How many articles the report holds (Markdown says it; JSON lists them). */
  articles: number;
  organization: Report["organization"];
  outlet: { name: string; credibility: ArticleCredibility } & Record<string, unknown>;
}

/** How each text format opens, what goes between two articles that wrote something, and how it closes. */
function formatFrame(format: TextFormat, header: OutletHeader, bom: boolean, language: Locale): { start: string; separator: string; end: string } {
  switch (format) {
    case "csv":
      return { start: (bom ? BOM : "") + csvHeader(), separator: "", end: "" };
    case "claimreview":
      return { start: "[\n", separator: ",\n", end: "\n]\n" };
    case "json": {
      const { articles: _count, ...fields } = header;
      return { start: `${JSON.stringify(fields).slice(0, -1)},"articles":[\n`, separator: ",\n", end: "\n]}\n" };
    }
    case "md": {
      const words = outletWords(language);
      const rating = words.rating(header.outlet.reliability as OutletReliability | null, header.outlet.reliabilityRationale as string | null);
      const lines = [`# ${inline(header.outlet.name)}`, words.articles(header.articles), words.summary(header.outlet.credibility), ...(rating ? [inline(rating)] : [])];
      return { start: `${lines.join("\n\n")}\n\n`, separator: "\n", end: `\n${markdownFooter(header.organization.name, header.generatedAt, language)}` };
    }
  }
}

/** The outlet report's text: the frame around each article's pieces (outletArticlePieces), made as the client reads. */
async function* outletText(reports: AsyncGenerator<Report>, format: TextFormat, frame: ReturnType<typeof formatFrame>, language: Locale): AsyncGenerator<string> {
  yield frame.start;
  let written = false;
  // (A download cancelled mid-way ends this loop, and for-await ends the reports' generator with it.)
  for await (const report of reports) {
    let first = true;
    for (const piece of outletArticlePieces(report, format, language)) {
      yield first && written ? frame.separator + piece : piece;
      first = false;
    }
    written ||= !first;
  }
  yield frame.end;
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

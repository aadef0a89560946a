// `npm run bench:export`: verdict-report exports on a throw-away embedded PostgreSQL.
//  1. One article with 200 claims (a third with final verdicts and sources): each format built and
//     rendered as the route does; median of several runs.
//  2. Outlets with 10,000 and 100,000 claims (200 per article): the outlet CSV and ClaimReview
//     streamed to the end, with time, throughput and the process's peak memory above its level
//     before the export (sampled every 10 ms while the stream runs), to show memory stays flat. The
//     script runs with a 96 MB old-space limit, so an export that held its whole output (or every
//     article's report) in memory would fail with "heap out of memory" on 100,000 claims.
import { withThrowawayDatabase } from "./lib/throwaway-database";

const CLAIMS_PER_ARTICLE = 200;
const RUNS = 5;

await withThrowawayDatabase(async () => {
  const { db } = await import("@/lib/server/db/client");
  const { currentScale } = await import("@/lib/server/rating-scale/current-scale");
  const { loadArticleReport } = await import("@/lib/server/report/load-article-report");
  const { articlePdfResponse, reportResponse } = await import("@/lib/server/report/report-response");
  const { outletReportResponse } = await import("@/lib/server/report/outlet-report");
  const { REPORT_FORMATS } = await import("@/lib/validations/report");

  const team = await db.team.create({ data: { slug: "bench", name: "Bench", organizationName: "Bench Faktencheck", publicUrl: "https://bench.example" } });
  const user = await db.user.create({ data: { email: "bench@bench.invalid", name: "Bench", memberships: { create: { teamId: team.id, role: "admin" } } } });
  const scale = await db.$transaction((tx) => currentScale(tx, team.id));
  const levelIds = scale.levels.filter((level) => level.credibility !== "not_rated").map((level) => level.id);
  const actor = { kind: "user" as const, userId: user.id, teamId: team.id, role: "admin" as const, name: "Bench" };

  /** An outlet with `articles` articles of 200 claims; every third claim has a final verdict and a source. */
  async function outletWith(name: string, articles: number) {
    const outlet = await db.outlet.create({ data: { teamId: team.id, name } });
    await db.$executeRawUnsafe(`
      INSERT INTO "Article" (id, "teamId", "outletId", title, body, language, "contentHash", "importedById", "updatedAt", "extractedAt", "publishedAt")
      SELECT uuidv7(), '${team.id}', '${outlet.id}', '${name} Artikel ' || g, repeat('Die Regierung senkte die Steuern um 3 Prozent. ', 200), 'de',
             md5('${outlet.id}' || g), '${user.id}', now(), now(), now() - (g || ' hours')::interval
      FROM generate_series(1, ${articles}) g`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Claim" (id, "teamId", "articleId", "textVersion", start, "end", text, "matchText", kind, checkworthiness, checkworthy, "claimantText", position, language, status, "updatedAt")
      SELECT uuidv7(), a."teamId", a.id, 1, k * 48, k * 48 + 47,
             'Laut Ministerium senkte die Regierung 2025 die Steuern um ' || k || ' Prozent, sagte Sprecherin Anna Müller.', '', 'claim',
             0.3 + (k % 7) * 0.1, k % 4 <> 0, 'Anna Müller', k, 'de', (CASE WHEN k % 3 = 0 THEN 'final' ELSE 'in_review' END)::"ClaimStatus", now()
      FROM "Article" a CROSS JOIN generate_series(0, ${CLAIMS_PER_ARTICLE - 1}) k WHERE a."outletId" = '${outlet.id}'`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Source" (id, "teamId", url, "normalizedUrl", title, publisher, "updatedAt")
      SELECT uuidv7(), '${team.id}', 'https://destatis.example/' || '${outlet.id}' || '/' || g, 'https://destatis.example/' || '${outlet.id}' || '/' || g,
             'Statistischer Bericht ' || g, 'Statistisches Bundesamt', now()
      FROM generate_series(0, 99) g`);
    await db.$executeRawUnsafe(`
      WITH chosen AS (SELECT c.id, c.position, row_number() OVER () AS n FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE a."outletId" = '${outlet.id}' AND c.position % 3 = 0),
           levels AS (SELECT unnest(ARRAY['${levelIds.join("','")}']::uuid[]) AS id, generate_subscripts(ARRAY['${levelIds.join("','")}']::uuid[], 1) AS i),
           verdicts AS (INSERT INTO "FinalVerdict" (id, "claimId", "levelId", rationale, "decidedById")
             SELECT uuidv7(), chosen.id, levels.id, 'Die Zahlen des Statistischen Bundesamts zeigen „etwas anderes“; Details im Bericht.', '${user.id}'
             FROM chosen JOIN levels ON levels.i = 1 + chosen.n % ${levelIds.length})
      INSERT INTO "Citation" (id, "claimId", "sourceId", stance, excerpt)
      SELECT uuidv7(), chosen.id, s.id, 'refutes', 'Tabelle 3'
      FROM chosen JOIN LATERAL (SELECT id FROM "Source" WHERE url LIKE 'https://destatis.example/${outlet.id}/%' ORDER BY id OFFSET chosen.n % 100 LIMIT 1) s ON true`);
    await db.$executeRawUnsafe("ANALYZE");
    return outlet.id;
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

  // 1. One 200-claim article.
  const articleOutlet = await outletWith("Einzelblatt", 1);
  const article = await db.article.findFirstOrThrow({ where: { outletId: articleOutlet }, select: { id: true } });
  console.log(`Article with ${CLAIMS_PER_ARTICLE} claims (${Math.round(CLAIMS_PER_ARTICLE / 3)} final verdicts with sources), median of ${RUNS} runs:`);
  for (const format of REPORT_FORMATS) {
    const runs: number[] = [];
    let size = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const response =
        format === "pdf"
          ? await articlePdfResponse({ actor, articleId: article.id })
          : reportResponse({ report: await loadArticleReport({ actor, articleId: article.id }), query: { format, bom: true } });
      size = (await response.arrayBuffer()).byteLength;
      runs.push(performance.now() - started);
    }
    console.log(`  ${format.padEnd(12)} ${median(runs).toFixed(1).padStart(7)} ms  ${(size / 1024).toFixed(0).padStart(6)} KB`);
  }

  // 2. Whole outlets, streamed.
  for (const claims of [10_000, 100_000]) {
    const outletId = await outletWith(`Blatt ${claims}`, claims / CLAIMS_PER_ARTICLE);
    for (const format of ["csv", "claimreview"] as const) {
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      let peakHeap = 0;
      const sample = () => {
        const usage = process.memoryUsage();
        peak = Math.max(peak, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
      };
      const sampler = setInterval(sample, 10);
      const started = performance.now();
      const response = await outletReportResponse({ actor, outletId, query: { format, bom: true }, language: "en" });
      let bytes = 0;
      const reader = response.body!.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      sample();
      console.log(
        `Outlet, ${claims.toLocaleString("en")} claims → ${format.padEnd(11)} ${seconds.toFixed(1).padStart(5)} s  ${Math.round(claims / seconds).toLocaleString("en").padStart(7)} claims/s  ${mb(bytes).padStart(8)}  peak heap ${mb(peakHeap)}  peak RSS +${mb(peak - baseline)} over ${mb(baseline)}`,
      );
    }
  }
  // 3. Texts that made PDFKit's line breaking quadratic (hostile probe of stop 46): a letter under 4,000 combining
  //    marks and 10,000 letters without a space, as a verdict's rationale (the route's limit), beside an ordinary one.
  const { renderPdf } = await import("@/lib/server/report/render-pdf");
  console.log("PDF of one claim whose rationale is 10,000 characters (median of 3 runs):");
  const withVerdict = (await loadArticleReport({ actor, articleId: (await db.article.findFirstOrThrow({ where: { teamId: team.id }, select: { id: true } })).id })).claims;
  for (const [name, rationale] of [
    ["ordinary sentences", "Laut Bundesagentur lag die Quote bei 6,0 Prozent. ".repeat(200)],
    ["one 10,000-letter word", "W".repeat(10_000)],
    ["a letter under 4,000 marks", `a${"\u0301".repeat(4_000)}${"W".repeat(5_999)}`],
    ["letters joined by U+2007", "A\u2007".repeat(5_000)],
  ] as const) {
    const decided = withVerdict.find((one) => one.verdict)!;
    const claim = { ...decided, verdict: { ...decided.verdict!, rationale } };
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      await renderPdf({ title: "Bench", organization: "Bench", language: "de", details: [], lead: null, credibility: { score: null, coverage: 0, range: null, state: "not-enough-reviewed", reviewed: 0, checkworthy: 1, distribution: {} }, sections: [{ heading: null, claims: [claim] }] });
      runs.push(performance.now() - started);
    }
    console.log(`  ${name.padEnd(28)} ${median(runs).toFixed(0).padStart(6)} ms`);
  }
  await db.$disconnect();
});

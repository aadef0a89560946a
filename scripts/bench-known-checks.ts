// `npm run bench:known-checks`: 100,000 generated ClaimReviews of other fact-checkers in a throw-away
// embedded PostgreSQL, read by the import parser and written by the job's batch worker, then claims
// matched against them ("already checked elsewhere") as the claim page does. Prints the import time
// and the p50/p95 of matching.
import { readClaimReviews } from "@/lib/domain/known-checks/read-claim-reviews";
import { matchText } from "@/lib/domain/text/trigrams";
import { findEntities } from "@/lib/domain/claims/entities";
import { percentile } from "./lib/latency-stats";
import { withThrowawayDatabase } from "./lib/throwaway-database";

const COUNT = Number(process.env.BENCH_KNOWN_CHECKS ?? 100_000);
const QUERIES = 200;

const WHO = ["Die Regierung", "Der Finanzminister", "Die Opposition", "Das Statistikamt", "Olaf Schmidt", "Die Europäische Union", "Der Bürgermeister von Leipzig", "Annalena Weber", "The government", "The mayor of Chicago", "Senator Jane Miller", "The World Bank"];
const DID = ["senkte die Steuern um", "erhöhte die Ausgaben für Schulen um", "meldete ein Wachstum von", "kürzte die Renten um", "verdoppelte die Hilfen für Bauern auf", "cut taxes by", "raised spending on hospitals by", "reported unemployment of", "banned imports worth", "spent on the new stadium"];
const WHAT = ["Prozent", "Milliarden Euro", "Millionen Euro", "percent", "billion dollars", "million dollars"];
const WHEN = ["im Jahr 2023", "im Januar", "seit 2019", "in 2024", "last year", "in March"];
const RATINGS = ["Falsch", "Größtenteils falsch", "Richtig", "Irreführend", "False", "Mostly false", "True", "Misleading"];

/** A ClaimReview of a generated claim; `i` picks the words, so nearby numbers give near duplicates. */
function claimText(i: number): string {
  return `${WHO[i % WHO.length]} ${DID[Math.floor(i / 7) % DID.length]} ${(i % 89) + 1} ${WHAT[Math.floor(i / 3) % WHAT.length]} ${WHEN[Math.floor(i / 11) % WHEN.length]}.`;
}
const review = (i: number) => ({
  "@type": "ClaimReview",
  url: `https://checker-${i % 40}.example/checks/${i}`,
  claimReviewed: claimText(i),
  reviewRating: { "@type": "Rating", alternateName: RATINGS[i % RATINGS.length], ratingValue: (i % 5) + 1, bestRating: 5, worstRating: 1 },
  author: { "@type": "Organization", name: `Checker ${i % 40}` },
  datePublished: new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10),
  inLanguage: /^(The|Senator)/.test(WHO[i % WHO.length]!) ? "en" : "de",
});

await withThrowawayDatabase(async () => {
  const { db } = await import("@/lib/server/db/client");
  const { workKnownCheckImport } = await import("@/lib/server/known-check/work-known-check-import");
  const { matchKnownChecks } = await import("@/lib/server/known-check/match-known-checks");

  const team = await db.team.create({ data: { slug: "bench", name: "Bench" } });
  const user = await db.user.create({ data: { email: "bench@bench.invalid", name: "Bench", memberships: { create: { teamId: team.id, role: "admin" } } } });

  let started = performance.now();
  const feed = { "@context": "https://schema.org", "@type": "DataFeed", dataFeedElement: Array.from({ length: COUNT }, (_, i) => review(i)) };
  const read = readClaimReviews([JSON.parse(JSON.stringify(feed))]);
  const parseSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const job = await db.knownCheckImport.create({ data: { teamId: team.id, createdById: user.id, origin: "bench", records: read.records as object[], total: read.records.length } });
  await workKnownCheckImport(job.id);
  await db.$executeRawUnsafe(`ANALYZE "KnownFactCheck"`);
  const stored = await db.knownFactCheck.count();
  console.log(`import: ${read.records.length.toLocaleString("en")} ClaimReviews parsed in ${parseSeconds.toFixed(1)} s, ${stored.toLocaleString("en")} stored by the batch worker in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Claims as a newsroom would see them: a reworded known claim (a hit) or an unrelated sentence (a miss).
  const queries = Array.from({ length: QUERIES }, (_, q) => {
    const text = q % 2 === 0 ? claimText(q * 487).replace(/\.$/, ", sagte ein Sprecher.") : `Der Verein ${q} eröffnete am Samstag eine neue Halle in Kleinstadt ${q}.`;
    return { matchText: matchText(text), entities: findEntities(text), language: /^(The|Senator)/.test(text) ? ("en" as const) : ("de" as const) };
  });
  const times: number[] = [];
  let hits = 0;
  for (const [index, query] of [...queries, ...queries].entries()) {
    const t0 = performance.now();
    const found = await matchKnownChecks({ teamId: team.id, ...query, threshold: 0.4 });
    if (index >= queries.length) {
      times.push(performance.now() - t0); // the first round warms the caches
      if (found.length) hits++;
    }
  }
  times.sort((a, b) => a - b);
  console.log(`matching ${QUERIES} claims against ${stored.toLocaleString("en")} known fact-checks (threshold 0.4): p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; ${hits} of ${QUERIES} found a match`);
  await db.$disconnect();
});

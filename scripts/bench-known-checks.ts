// `npm run bench:known-checks`: 100,000 generated ClaimReviews of other fact-checkers in a throw-away
// embedded PostgreSQL, read by the import parser and written by the job's batch worker, then claims
// matched against them ("already checked elsewhere") as the claim page does. Prints the import time
// and the p50/p95 of matching.
import { readClaimReviews } from "@/lib/domain/known-checks/read-claim-reviews";
import { matchText } from "@/lib/domain/text/trigrams";
import { findEntities } from "@/lib/domain/claims/entities";
import { percentile } from "./lib/latency-stats";
import { withThrowawayDatabase } from "./lib/throwaway-database";
import { readFileSync } from "node:fs";
import path from "node:path";

const COUNT = Number(process.env.BENCH_KNOWN_CHECKS ?? 100_000);
const QUERIES = 200;

const RATINGS = ["False", "Mostly false", "True", "Misleading", "Half true", "Pants on fire"];
// Real sentences of political speech (the ClaimBuster set the claim engine is evaluated on): the first
// 22,500 as reviewed claims, each also spliced with another for variants, the dev set as unseen claims.
const sentences = (file: string) =>
  readFileSync(path.join(import.meta.dirname, "data/claimbuster", file), "utf8").split("\n").slice(1).map((line) => line.split("\t")[1] ?? "").filter((text) => text.length > 40);
const seen = sentences("CT24_checkworthy_english_train.tsv");
const unseen = sentences("CT24_checkworthy_english_dev.tsv");

function claimText(i: number): string {
  const base = seen[i % seen.length]!;
  if (i < seen.length) return base;
  const other = seen[(i * 7919) % seen.length]!;
  return `${base.slice(0, Math.floor(base.length / 2))} ${other.slice(Math.floor(other.length / 2))}`;
}
const review = (i: number) => ({
  "@type": "ClaimReview",
  url: `https://checker-${i % 40}.example/checks/${i}`,
  claimReviewed: claimText(i),
  reviewRating: { "@type": "Rating", alternateName: RATINGS[i % RATINGS.length], ratingValue: (i % 5) + 1, bestRating: 5, worstRating: 1 },
  author: { "@type": "Organization", name: `Checker ${i % 40}` },
  datePublished: new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10),
  inLanguage: "en",
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
    // Even: a claim someone checked, as a newsroom meets it again (said by someone); odd: an unseen sentence.
    const text = q % 2 === 0 ? `A viral post claims that ${claimText(q * 97)}` : unseen[q]!;
    return { matchText: matchText(text), entities: findEntities(text), language: "en" as const };
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

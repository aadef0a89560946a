// `npm run bench:known-checks`: 100,000 generated ClaimReviews of other fact-checkers in a throw-away
// embedded PostgreSQL, read by the import parser and written by the job's batch worker, then claims
// matched against them ("already checked elsewhere") as the claim page does: a third each repeated,
// reworded and unseen claims (scripts/lib/known-check-bench-data.ts). Prints the import time, the
// p50/p95 of matching, and how often it finds the best match that scoring every check would.
import { readClaimReviews } from "@/lib/domain/known-checks/read-claim-reviews";
import { matchText } from "@/lib/domain/text/trigrams";
import { findEntities } from "@/lib/domain/claims/entities";
import { percentile } from "./lib/latency-stats";
import { withThrowawayDatabase } from "./lib/throwaway-database";
import { benchQueries, review } from "./lib/known-check-bench-data";

const COUNT = Number(process.env.BENCH_KNOWN_CHECKS ?? 100_000);
const QUERIES = 200;
const REFERENCE = Number(process.env.BENCH_KNOWN_CHECKS_REFERENCE ?? 60);

await withThrowawayDatabase(async () => {
  const { db } = await import("@/lib/server/db/client");
  const { workKnownCheckImport } = await import("@/lib/server/known-check/work-known-check-import");
  const { storeImportRecords } = await import("@/lib/server/known-check/store-import-records");
  const { matchKnownChecks } = await import("@/lib/server/known-check/match-known-checks");
  const { exhaustiveKnownCheckMatch } = await import("./lib/exhaustive-known-check-match");

  const team = await db.team.create({ data: { slug: "bench", name: "Bench" } });
  const user = await db.user.create({ data: { email: "bench@bench.invalid", name: "Bench", memberships: { create: { teamId: team.id, role: "admin" } } } });

  let started = performance.now();
  const feed = { "@context": "https://schema.org", "@type": "DataFeed", dataFeedElement: Array.from({ length: COUNT }, (_, i) => review(i)) };
  const read = readClaimReviews([JSON.parse(JSON.stringify(feed))]);
  const parseSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const job = await db.$transaction(async (tx) => {
    const created = await tx.knownCheckImport.create({ data: { teamId: team.id, createdById: user.id, origin: "bench", total: read.records.length } });
    await storeImportRecords(tx, created.id, JSON.stringify(read.records));
    return created;
  }, { timeout: 120_000 });
  await workKnownCheckImport(job.id);
  const stored = await db.knownFactCheck.count();
  console.log(`import: ${read.records.length.toLocaleString("en")} ClaimReviews parsed in ${parseSeconds.toFixed(1)} s, ${stored.toLocaleString("en")} stored by the batch worker in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // A third each: a checked claim quoted again, the same claim reworded, an unseen sentence.
  const queries = benchQueries(QUERIES).map(({ kind, text }) => ({ kind, query: { teamId: team.id, matchText: matchText(text), entities: findEntities(text), language: "en" as const, threshold: 0.4 } }));
  const times: number[] = [];
  const found: Awaited<ReturnType<typeof matchKnownChecks>>[] = [];
  for (const [index, { query }] of [...queries, ...queries].entries()) {
    const t0 = performance.now();
    const matches = await matchKnownChecks(query);
    if (index >= queries.length) {
      times.push(performance.now() - t0); // the first round warms the caches
      found.push(matches);
    }
  }
  times.sort((a, b) => a - b);
  const hits = (kind: string) => queries.filter((query, index) => query.kind === kind && found[index]!.length).length;
  console.log(
    `matching ${QUERIES} claims against ${stored.toLocaleString("en")} known fact-checks (threshold 0.4): p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; ` +
      `found a match for ${hits("repeated")} of ${queries.filter((query) => query.kind === "repeated").length} repeated, ${hits("reworded")} of ${queries.filter((query) => query.kind === "reworded").length} reworded, ${hits("unseen")} of ${queries.filter((query) => query.kind === "unseen").length} unseen claims`,
  );

  // Against every check at the threshold (the trigram index scan the matching used before): does the
  // pre-filter lose the best match? Slow, so on the first REFERENCE claims only.
  let sameBest = 0;
  let referenceTime = 0;
  const compared = queries.slice(0, REFERENCE);
  for (const [index, { query }] of compared.entries()) {
    const t0 = performance.now();
    const reference = await exhaustiveKnownCheckMatch(query);
    referenceTime += performance.now() - t0;
    const fast = found[index]!;
    // Same check, or another at the very same score (ties among identical wordings are in any order).
    if (reference[0]?.score === fast[0]?.score) sameBest++;
  }
  console.log(`same best match as scoring every check at the threshold: ${sameBest} of ${compared.length} claims (that scan: ${(referenceTime / compared.length).toFixed(0)} ms a claim on average)`);
  await db.$disconnect();
});

// `npm run bench:import`: a 1,000-article NDJSON bulk import worked by the import job (the code the
// queue runs) against a throw-away embedded PostgreSQL: wall time, articles/s, claims stored, and how
// much the process's peak memory grew.
import { readFileSync } from "node:fs";
import path from "node:path";
import { withThrowawayDatabase } from "./lib/throwaway-database";

const LINES = 1000;
const seedDir = path.resolve(import.meta.dirname, "..", "prisma", "seed");
const samples = ["article-1-qingdao-defence-ministers.de.txt", "article-2-lavrov-jaishankar-arms.de.txt"].map((file) => readFileSync(path.join(seedDir, file), "utf8"));

await withThrowawayDatabase(async () => {
  const { db } = await import("@/lib/server/db/client");
  const { workImportJob } = await import("@/lib/server/import/work-import-job");

  const team = await db.team.create({ data: { slug: "bench", name: "Bench" } });
  const user = await db.user.create({ data: { email: "bench@bench.invalid", name: "Bench", memberships: { create: { teamId: team.id, role: "editor" } } } });
  // Real article texts (the sample articles), each made unique by a first line of its own.
  const payload = Array.from({ length: LINES }, (_, i) =>
    JSON.stringify({ title: `Artikel ${i}`, text: `Meldung ${i} vom Tag.\n\n${samples[i % 2]}`, outlet: `Outlet ${i % 7}`, language: "de" }),
  ).join("\n");
  const job = await db.importJob.create({ data: { teamId: team.id, createdById: user.id, payload, total: LINES } });

  global.gc?.();
  const rssBefore = process.resourceUsage().maxRSS;
  const started = performance.now();
  await workImportJob(job.id);
  const seconds = (performance.now() - started) / 1000;
  const rssPeak = process.resourceUsage().maxRSS;
  const done = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
  const claims = await db.claim.count({ where: { teamId: team.id } });
  console.log(`NDJSON: ${LINES} lines, ${(Buffer.byteLength(payload) / 1024 / 1024).toFixed(1)} MB`);
  console.log(`imported ${done.succeeded}, failed ${done.failed}, claims stored ${claims.toLocaleString("en")}`);
  console.log(`time ${seconds.toFixed(1)} s (${(done.succeeded / seconds).toFixed(0)} articles/s)`);
  console.log(`peak RSS grew by ${((rssPeak - rssBefore) / 1024).toFixed(0)} MB (process peak ${(rssPeak / 1024).toFixed(0)} MB)`);
  await db.$disconnect();
});

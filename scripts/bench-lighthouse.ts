// `npm run bench:lighthouse`: Lighthouse 12 (performance, desktop preset) on the article page of a
// 200-claim article with final verdicts (all four categories; performance on the desktop preset), signed in, in the system Chromium, against the production
// build on a throw-away embedded PostgreSQL. Prints the median of three runs: score, CLS, LCP, TBT.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { buildIfStale } from "./lib/build-if-stale";
import { median } from "./lib/latency-stats";
import { signInCookie, startAppServer } from "./lib/start-app-server";
import { withThrowawayDatabase } from "./lib/throwaway-database";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CLAIMS = 200;
const PASSWORD = "lighthouse-bench-password";

await withThrowawayDatabase(async () => {
  const { db } = await import("@/lib/server/db/client");
  const { hashPassword } = await import("@/lib/server/auth/password");
  const { createArticle } = await import("@/lib/server/article/create-article");
  const { createArticleInput } = await import("@/lib/validations/article");
  const { finalizeVerdict } = await import("@/lib/server/verdict/finalize-verdict");
  const { attachSource } = await import("@/lib/server/source/attach-source");
  const { attachSourceInput } = await import("@/lib/validations/source");

  const team = await db.team.create({ data: { slug: "lighthouse", name: "Lighthouse Desk" } });
  const user = await db.user.create({ data: { email: "editor@lighthouse.invalid", name: "Editor", passwordHash: await hashPassword(PASSWORD), emailConfirmedAt: new Date(), memberships: { create: { teamId: team.id, role: "editor" } } } });
  const actor = { kind: "user" as const, userId: user.id, teamId: team.id, role: "editor" as const, name: "Editor" };
  const subjects = ["Die Regierung", "Das Statistikamt", "Der Minister", "Die Opposition", "Die Bundesbank"];
  const text = Array.from({ length: CLAIMS }, (_, i) => `${subjects[i % 5]} meldete ${2000 + (i % 25)} einen Anstieg der Exporte um ${i} Prozent.`).join(" ");
  const article = await createArticle({ actor, input: createArticleInput.parse({ title: "Zweihundert Behauptungen", text, outlet: "Lighthouse Zeitung" }) });
  const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" } });
  for (const claim of claims.filter((_, index) => index % 3 === 0)) {
    await attachSource({ actor, claimId: claim.id, input: attachSourceInput.parse({ url: `https://destatis.example/${claim.position}`, stance: "refutes" }) });
    await finalizeVerdict({ actor, claimId: claim.id, input: { level: claim.position % 2 ? "false" : "true", rationale: "Laut Destatis.", claimVersion: claim.version } });
  }
  console.log(`article with ${claims.length} claims, ${Math.ceil(claims.length / 3)} final verdicts`);

  buildIfStale();
  const server = await startAppServer(process.env.DATABASE_URL!);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const cookie = await signInCookie(server.base, user.email, PASSWORD);
    const url = `${server.base}/articles/${article.id}`;
    const runs: { score: number; accessibility: number; bestPractices: number; seo: number; cls: number; lcp: number; tbt: number; fcp: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"], extraHeaders: { cookie } }, desktopConfig);
      const lhr = result!.lhr;
      if (lhr.finalDisplayedUrl !== url) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not the article page (not signed in?)`);
      const metric = (id: string) => lhr.audits[id]!.numericValue ?? NaN;
      const category = (id: string) => Math.round((lhr.categories[id]!.score ?? 0) * 100);
      runs.push({ score: category("performance"), accessibility: category("accessibility"), bestPractices: category("best-practices"), seo: category("seo"), cls: metric("cumulative-layout-shift"), lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time"), fcp: metric("first-contentful-paint") });
      console.log(`run ${run + 1}: performance ${runs.at(-1)!.score}, accessibility ${runs.at(-1)!.accessibility}, best practices ${runs.at(-1)!.bestPractices}, SEO ${runs.at(-1)!.seo}, CLS ${runs.at(-1)!.cls.toFixed(3)}`);
      // What costs points outside performance, so it can be fixed.
      for (const id of ["accessibility", "best-practices", "seo"]) {
        for (const ref of lhr.categories[id]!.auditRefs) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  ${id}: ${ref.id} (${audit.title})`);
        }
      }
      // Name what moved, so a shift can be fixed rather than guessed at.
      const shifts = (lhr.audits["layout-shifts"]?.details as { items?: { node?: { snippet?: string; selector?: string }; score?: number }[] } | undefined)?.items ?? [];
      for (const shift of shifts) console.log(`  shifted: ${shift.node?.selector ?? "?"} ${shift.node?.snippet?.slice(0, 120) ?? ""} (${shift.score?.toFixed(3)})`);
    }
    const pick = (key: keyof (typeof runs)[number]) => median(runs.map((run) => run[key]));
    console.log(`Lighthouse (desktop) on the ${claims.length}-claim article page, median of ${RUNS}: performance ${pick("score")}, accessibility ${pick("accessibility")}, best practices ${pick("bestPractices")}, SEO ${pick("seo")} (performance, accessibility and best practices: targets ≥ 95; SEO loses points only for the noindex every signed-in page carries on purpose), CLS ${pick("cls").toFixed(3)} (target 0), LCP ${pick("lcp").toFixed(0)} ms, TBT ${pick("tbt").toFixed(0)} ms, FCP ${pick("fcp").toFixed(0)} ms`);
  } finally {
    chrome.kill();
    server.stop();
  }
});

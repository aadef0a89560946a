import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { currentScale } from "@/lib/server/rating-scale/current-scale";
import { createArticleInput } from "@/lib/validations/article";
import { createRoleTokens, createTestTeam, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Availability under hostile input: while one team sends what used to freeze the server (deeply
// nested HTML uploaded and served to URL import, a 2 MB article, an outlet PDF of 2,000 claims, a
// page that drips a byte every two seconds), another team's simple reads stay fast, and every
// hostile request gets a clear answer (success, or 4xx/503 with a message) — never a 500.

const nested = (depth: number) =>
  `<!doctype html><html><head><title>Nested</title></head><body>${"<div>".repeat(depth)}<p>${"Die Regierung senkte die Steuern um fünf Prozent. ".repeat(20)}</p>${"</div>".repeat(depth)}</body></html>`;

let hostile: TestTeam;
let hostileTokens: Awaited<ReturnType<typeof createRoleTokens>>;
let otherToken: string;
let outletId: string;
let pages: Server;
let pageBase: string;
const dripping = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  hostile = await createTestTeam("hostile-load");
  hostileTokens = await createRoleTokens(hostile);
  otherToken = (await createRoleTokens(await createTestTeam("bystander"))).viewer;

  // An outlet with exactly 2,000 claims (the most an outlet PDF takes): 20 articles of 100 sentences.
  for (let article = 0; article < 20; article++) {
    const text = Array.from({ length: 100 }, (_, i) => `Die Regierung senkte die Steuern im Bezirk ${article}-${i} um ${i + 1} Prozent.`).join(" ");
    await createArticle({ actor: hostile.actors.editor, input: createArticleInput.parse({ title: `Outlet ${article}`, text, outlet: "Hostile Outlet" }) });
  }
  outletId = (await db.outlet.findFirstOrThrow({ where: { teamId: hostile.teamId, name: "Hostile Outlet" } })).id;
  expect(await db.claim.count({ where: { teamId: hostile.teamId, article: { outletId } } })).toBe(2000);

  pages = createServer((request, response) => {
    if (request.url === "/nested") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return response.end(nested(3000));
    }
    if (request.url === "/drip") {
      // One byte every two seconds, never finished: an idle timeout never fires.
      response.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => response.write("<"), 2000);
      dripping.add(timer);
      response.on("close", () => clearInterval(timer));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  for (const timer of dripping) clearInterval(timer);
  pages.closeAllConnections();
  await new Promise((resolve) => pages.close(resolve));
});

async function call(path: string, init: RequestInit & { token: string }) {
  const started = performance.now();
  const response = await fetch(`${baseUrl()}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${init.token}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes.subarray(0, 2000));
  return { status: response.status, type: response.headers.get("content-type") ?? "", text, ms: performance.now() - started };
}

function upload(name: string, content: string, token: string) {
  const form = new FormData();
  form.append("file", new File([content], name, { type: "text/html" }));
  return call("/api/v1/articles/upload", { method: "POST", body: form, token });
}

const postJson = (path: string, body: unknown, token: string) =>
  call(path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" }, token });

/** What `work` gives, and the latencies (sorted) of another team's simple reads sent one after another while it ran; each read is a 200. */
async function otherTeamReadsDuring<T>(work: Promise<T>): Promise<[T, number[]]> {
  let running = true;
  const finished = work.finally(() => (running = false));
  const latencies: number[] = [];
  while (running) {
    const read = await call("/api/v1/articles?limit=5", { token: otherToken });
    expect(read.status).toBe(200);
    latencies.push(read.ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return [await finished, latencies.sort((a, b) => a - b)];
}

describe("availability under hostile input", () => {
  it("keeps another team's reads fast (p95 < 1 s) while every hostile request gets a clear answer", { timeout: 240_000 }, async () => {
    const editor = hostileTokens.editor;
    const bigText = Array.from({ length: 30_000 }, (_, i) => `Laut Statistikamt ${randomUUID().slice(0, 8)} stieg die Zahl ${i} um ${i % 90} Prozent.`).join(" ").slice(0, 1_900_000);
    let abuseRunning = true;
    const abuse = Promise.all([
      upload("nested-100000.html", nested(100_000), editor),
      upload("nested-3000.html", nested(3000), editor),
      upload("nested-1000.html", nested(1000), editor),
      postJson("/api/v1/articles/import-url", { url: `${pageBase}/nested` }, editor),
      postJson("/api/v1/articles", { title: "Two megabytes", text: bigText }, editor),
      call(`/api/v1/outlets/${outletId}/report?format=pdf`, { token: hostileTokens.viewer }),
      postJson("/api/v1/articles/import-url", { url: `${pageBase}/drip` }, editor),
    ]).finally(() => (abuseRunning = false));

    const latencies: number[] = [];
    const statuses = new Set<number>();
    while (abuseRunning) {
      const read = await call("/api/v1/articles?limit=5", { token: otherToken });
      latencies.push(read.ms);
      statuses.add(read.status);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [deep100k, deep3000, deep1000, nestedUrl, bigArticle, pdf, drip] = await abuse;

    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))]!;
    console.log(
      `other client during abuse: ${latencies.length} reads, p50 ${Math.round(latencies[Math.floor(latencies.length / 2)]!)} ms, p95 ${Math.round(p95)} ms, max ${Math.round(latencies.at(-1)!)} ms; ` +
        `hostile: 100k-deep upload ${deep100k.status} in ${Math.round(deep100k.ms)} ms, 3000-deep ${deep3000.status} in ${Math.round(deep3000.ms)} ms, ` +
        `nested page by URL ${nestedUrl.status} in ${Math.round(nestedUrl.ms)} ms, 1.9 MB article ${bigArticle.status} in ${Math.round(bigArticle.ms)} ms, ` +
        `outlet PDF (2,000 claims) ${pdf.status} in ${Math.round(pdf.ms)} ms, dripping page ${drip.status} in ${Math.round(drip.ms)} ms`,
    );
    expect([...statuses]).toEqual([200]);
    expect(latencies.length).toBeGreaterThan(20);
    expect(p95).toBeLessThan(1000);

    for (const deep of [deep100k, deep3000, deep1000, nestedUrl]) {
      expect(deep.status, deep.text).toBe(422);
      expect(deep.text).toMatch(/nested too deeply to import safely/);
    }
    expect(bigArticle.status, bigArticle.text).toBe(201);
    expect(JSON.parse(bigArticle.text).data.claimCount).toBeGreaterThan(10_000);
    expect(pdf.status, pdf.text).toBe(200);
    expect(pdf.type).toBe("application/pdf");
    // FACTDESK_FETCH_TIMEOUT_MS (10 s) is the whole fetch, not the silence between bytes.
    expect(drip.status, drip.text).toBe(400);
    expect(drip.text).toMatch(/did not answer within 10 seconds/);
    expect(drip.ms).toBeLessThan(16_000); // the deadline plus the time to answer on a loaded machine
  });

  it("keeps another team's reads fast while an edit re-anchors 1,000 reviewed claims in 3,000 changed sentences", { timeout: 240_000 }, async () => {
    // Hostile probe of stop 35: re-anchoring ran on the event loop, its cost growing with claims times sentences
    // (1,000 reviewed claims in a 1.4 MB article froze every team for about 95 minutes).
    const sentence = (i: number, tag: string) => `Die Behörde ${tag} meldete im Bezirk ${i} genau ${i * 7} neue Fälle im Jahr 2023.`;
    const text = Array.from({ length: 3000 }, (_, i) => sentence(i, "Nord")).join(" ");
    const created = await postJson("/api/v1/articles", { title: "Edited at length", text, language: "de" }, hostileTokens.editor);
    expect(created.status, created.text).toBe(201);
    const articleId = JSON.parse(created.text).data.id as string;
    const reviewed = await db.claim.findMany({ where: { articleId }, orderBy: { position: "asc" }, take: 1000, select: { id: true } });
    expect(reviewed).toHaveLength(1000);
    await db.claim.updateMany({ where: { id: { in: reviewed.map(({ id }) => id) } }, data: { touchedAt: new Date() } });
    const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });

    // Every sentence changed, so every reviewed claim is compared with every sentence.
    const edited = Array.from({ length: 3000 }, (_, i) => sentence(i, "Nordost")).join(" ");
    const [result, latencies] = await otherTeamReadsDuring(
      call(`/api/v1/articles/${articleId}`, { method: "PATCH", body: JSON.stringify({ version, text: edited }), headers: { "content-type": "application/json" }, token: hostileTokens.editor }),
    );
    console.log(`other client during an edit re-anchoring 1,000 claims: ${latencies.length} reads, max ${Math.round(latencies.at(-1)!)} ms; edit ${result.status} in ${Math.round(result.ms)} ms`);
    expect(result.status, result.text).toBe(200);
    expect(JSON.parse(result.text).data.claims).toMatchObject({ reanchored: 1000, orphaned: 0, kept: 0 });
    // Each reviewed claim is on its own edited sentence.
    const after = await db.claim.findMany({ where: { id: { in: reviewed.map(({ id }) => id) } }, select: { text: true, position: true } });
    expect(new Set(after.map(({ text: claimText }) => claimText)).size).toBe(1000);
    for (const claim of after) expect(claim.text).toContain("Nordost");
    expect(latencies.length).toBeGreaterThan(5);
    expect(latencies.at(-1)!).toBeLessThan(1000);
  });

  it("keeps another team's reads fast while an article of 80,000 claims and its outlet are exported in every text format", { timeout: 240_000 }, async () => {
    // A spam page of 80,000 sentences (an import can hold that many): its claims written straight into the
    // database, a tenth with a final verdict, so every format has rows to write.
    const CLAIMS = 80_000;
    const outlet = await db.outlet.create({ data: { teamId: hostile.teamId, name: "Spam Outlet" } });
    const article = await db.article.create({
      data: { teamId: hostile.teamId, outletId: outlet.id, title: "Spam", body: "Die Regierung senkte die Steuern. ".repeat(100), language: "de", contentHash: randomUUID(), importedById: hostile.actors.editor.userId, extractedAt: new Date() },
    });
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", "textVersion", start, "end", text, "matchText", kind, checkworthiness, checkworthy, "claimantText", position, language, status, "updatedAt", "suggestedWording")
      SELECT uuidv7(), ${hostile.teamId}::uuid, ${article.id}::uuid, 1, 0, 10, 'Laut Ministerium senkte die Regierung die Steuern um ' || k || ' Prozent, sagte Anna Müller.', '', 'claim', 0.5, true, 'Anna Müller', k, 'de', 'in_review', now(), 'Die Regierung senkte die Steuern um ' || k || ' Prozent'
      FROM generate_series(0, ${CLAIMS - 1}) k`;
    const scale = await db.$transaction((tx) => currentScale(tx, hostile.teamId));
    const level = scale.levels.find((candidate) => candidate.credibility === "false_ish")!;
    await db.$executeRaw`
      INSERT INTO "FinalVerdict" (id, "claimId", "levelId", rationale, "decidedById")
      SELECT uuidv7(), id, ${level.id}::uuid, 'Die Statistik zeigt etwas anderes.', ${hostile.actors.editor.userId}::uuid FROM "Claim" WHERE "articleId" = ${article.id}::uuid AND position % 10 = 0`;

    const viewer = hostileTokens.viewer;
    const downloads = [
      ...(["csv", "md", "claimreview", "json"] as const).map((format) => `/api/v1/articles/${article.id}/report?format=${format}`),
      ...(["csv", "md", "json"] as const).map((format) => `/api/v1/outlets/${outlet.id}/report?format=${format}`),
    ];
    // One after another: what is measured is how long one export holds the thread, not how seven share two cores.
    const exports = (async () => {
      const results: { path: string; status: number; text: string; ms: number }[] = [];
      for (const path of downloads) {
        const started = performance.now();
        const response = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${viewer}` } });
        results.push({ path, status: response.status, text: await response.text(), ms: performance.now() - started });
      }
      return results;
    })();
    const [done, latencies] = await otherTeamReadsDuring(exports);
    console.log(
      `other client during 7 exports (one at a time) of an 80,000-claim article: ${latencies.length} reads, p50 ${Math.round(latencies[Math.floor(latencies.length / 2)]!)} ms, max ${Math.round(latencies.at(-1)!)} ms; ` +
        done.map(({ path, ms }) => `${path.split("/").slice(3).join("/")} ${Math.round(ms)} ms`).join(", "),
    );
    for (const { path, status, text } of done) expect(status, `${path}: ${text.slice(0, 300)}`).toBe(200);
    const [csv, md, claimReview, json, outletCsv] = done.map(({ text }) => text);
    expect(csv!.trimEnd().split("\r\n")).toHaveLength(CLAIMS + 1);
    expect(md!.match(/^### \d+\. /gm)).toHaveLength(CLAIMS);
    expect(JSON.parse(claimReview!)).toHaveLength(CLAIMS / 10);
    expect(JSON.parse(json!).claims).toHaveLength(CLAIMS);
    expect(outletCsv!.trimEnd().split("\r\n")).toHaveLength(CLAIMS + 1);
    // Built whole, one such export held the server's thread for over a second (4.5 s for an outlet of
    // 109,000 claims, hostile probe of stop 31); in pieces, no read waits long. (Alone this test sees a slowest read
    // of about 150 ms; in the full suite, with other files running beside it on two cores, one read reached 1.2 s.)
    expect(latencies.length).toBeGreaterThan(10);
    expect(latencies.at(-1)!).toBeLessThan(2000);
  });
});


import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { api } from "../support/http";
import { startOwnStack } from "../support/own-stack";

// Issue 16 item 4: other fact-checkers' ClaimReviews imported as known fact-checks; every claim shows
// the closest ones ("already checked elsewhere") and a reviewer cites one in one step.

type Tokens = Awaited<ReturnType<typeof createRoleTokens>>;
let tokens: Tokens;
let otherTokens: Tokens;
let pages: Server;
let pageBase: string;

const review = (url: string, claimReviewed: string, extra: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed,
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Max Beispiel" } },
  reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Falsch" },
  author: { "@type": "Organization", name: "Faktenfuchs" },
  datePublished: "2026-03-04",
  inLanguage: "de",
  ...extra,
});

const stamp = Date.now();
const FEED = {
  "@context": "https://schema.org",
  "@type": "DataFeed",
  dataFeedElement: [
    { "@type": "DataFeedItem", item: [review(`https://faktenfuchs.example/checks/strom-${stamp}`, "Die Regierung senkte die Stromsteuer im Januar um 5 Cent pro Kilowattstunde.")] },
    review(`https://faktenfuchs.example/checks/script-${stamp}`, `<script>alert("x")</script> Bananen sind blau ${stamp}.`),
    review("javascript:alert(1)", "Ein Link, der Code ausführen würde."),
  ],
};

async function upload(token: string, body: string, type = "application/ld+json") {
  return api("/api/v1/known-fact-checks/imports", { token, body, headers: { "content-type": type } });
}

async function finished(token: string, id: string) {
  for (let waited = 0; waited < 30_000; waited += 250) {
    const { body } = await api(`/api/v1/known-fact-checks/imports/${id}`, { token });
    if (body.data.status === "done" || body.data.status === "failed") return body.data;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("import did not finish");
}

async function claimWith(token: string, text: string) {
  const article = (await api("/api/v1/articles", { token, json: { title: `Strom ${stamp}`, text } })).body.data;
  return (await api(`/api/v1/articles/${article.id}`, { token })).body.data.claims[0] as { id: string };
}

beforeAll(async () => {
  tokens = await createRoleTokens(await createTestTeam("known-checks"));
  otherTokens = await createRoleTokens(await createTestTeam("known-checks-other"));
  const html = `<!doctype html><html><head><title>Check</title><script type="application/ld+json">${JSON.stringify(
    review(`https://anderer.example/pruefung/${stamp}`, "Der Export stieg 2024 um 12 Prozent auf 1,7 Billionen Euro."),
  )}</script></head><body><p>Unsere Prüfung.</p></body></html>`;
  pages = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => pages?.close(() => resolve())));

describe("importing known fact-checks", () => {
  it("reads a DataFeed on the job queue, refuses non-http(s) review URLs, and counts a second import of the same reviews as duplicates", async () => {
    expect((await upload(tokens.reviewer, JSON.stringify(FEED))).status).toBe(403);
    const created = await upload(tokens.editor, JSON.stringify(FEED));
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    expect(created.body.data.total).toBe(2);
    expect(created.body.data.errors).toEqual([{ item: 3, where: "review", message: "Its url is not an http(s) address." }]);
    const done = await finished(tokens.editor, created.body.data.id);
    expect(done).toMatchObject({ status: "done", processed: 2, inserted: 2, duplicates: 0 });
    // Stored in English; a client asking for German gets the problems in German.
    const german = await api(`/api/v1/known-fact-checks/imports/${created.body.data.id}`, { token: tokens.editor, headers: { "accept-language": "de" } });
    expect(german.body.data.errors).toEqual([{ item: 3, where: "review", message: "Seine Adresse (url) ist keine http(s)-Adresse." }]);

    const ndjson = FEED.dataFeedElement.slice(1, 2).map((entry) => JSON.stringify(entry)).join("\n") + "\n" + JSON.stringify(review(`https://faktenfuchs.example/checks/neu-${stamp}`, "Neu.")) + "\n";
    const again = await upload(tokens.editor, ndjson, "application/x-ndjson");
    expect(again.status, JSON.stringify(again.body)).toBe(202);
    expect(await finished(tokens.editor, again.body.data.id)).toMatchObject({ status: "done", processed: 2, inserted: 1, duplicates: 1 });
  });

  it("imports the JSON-LD of a page by address (fetched and parsed off the request thread)", async () => {
    const created = await api("/api/v1/known-fact-checks/import-url", { token: tokens.admin, json: { url: `${pageBase}/pruefung` } });
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    expect(await finished(tokens.admin, created.body.data.id)).toMatchObject({ status: "done", inserted: 1 });
    const refused = await api("/api/v1/known-fact-checks/import-url", { token: tokens.admin, json: { url: "javascript:alert(1)" } });
    expect(refused.status).toBe(400);
  });

  it("refuses hostile documents with a human message: deep nesting 422, no ClaimReview 400, wrong type 415", async () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const nested = await upload(tokens.editor, deep);
    expect(nested.status).toBe(422);
    expect(nested.body.error.message).toMatch(/nested too deeply/);
    const deepHtml = await api("/api/v1/known-fact-checks/imports", { token: tokens.editor, body: "<div>".repeat(5_000), headers: { "content-type": "application/json" } });
    expect(deepHtml.status).toBe(422);
    expect((await upload(tokens.editor, JSON.stringify({ "@type": "Article" }))).status).toBe(400);
    expect((await upload(tokens.editor, "{}", "text/plain")).status).toBe(415);
  });

  // Probe finding: 64 MB of empty lines (within the default limit) ended the whole server with "heap out
  // of memory": splitting made 67 million strings in a worker, and V8 ends the process, not the worker.
  it("answers files at the default 64 MB limit that would fill a worker's memory, and keeps serving", { timeout: 180_000 }, async () => {
    const size = 64 * 1024 * 1024;
    const emptyLines = await upload(tokens.editor, "\n".repeat(size), "application/x-ndjson");
    expect(emptyLines.status).toBe(400);
    expect(emptyLines.body.error.message).toMatch(/neither JSON nor NDJSON/);
    const tinyObjects = await upload(tokens.editor, `[${"{},".repeat(size / 3 - 1)}{}]`);
    expect(tinyObjects.status).toBe(422);
    expect(tinyObjects.body.error.message).toMatch(/more JSON values than Factdesk reads at once/);
    expect((await api("/api/v1/known-fact-checks/imports", { token: tokens.viewer })).status).toBe(200);
  });
});

describe("already checked elsewhere", () => {
  it("shows the closest known fact-checks of the team with rating, publisher and link, and never another team's", async () => {
    const claim = await claimWith(tokens.editor, "Die Regierung senkte die Stromsteuer im Januar um 5 Cent.");
    const { status, body } = await api(`/api/v1/claims/${claim.id}/known-fact-checks`, { token: tokens.viewer });
    expect(status).toBe(200);
    const [closest] = body.data.checks;
    expect(closest).toMatchObject({ reviewUrl: `https://faktenfuchs.example/checks/strom-${stamp}`, ratingName: "Falsch", publisher: "Faktenfuchs", claimant: "Max Beispiel" });
    expect(closest.score).toBeGreaterThanOrEqual(body.data.threshold);

    const foreign = await claimWith(otherTokens.editor, "Die Regierung senkte die Stromsteuer im Januar um 5 Cent.");
    expect((await api(`/api/v1/claims/${foreign.id}/known-fact-checks`, { token: otherTokens.viewer })).body.data.checks).toEqual([]);
    expect((await api(`/api/v1/claims/${foreign.id}/known-fact-checks`, { token: tokens.viewer })).status).toBe(404);
  });

  it("finds a check in another wording (other word order, other verb form) by the words they share", async () => {
    const claim = await claimWith(tokens.editor, "Im Januar hat die Regierung die Stromsteuer um 5 Cent pro Kilowattstunde gesenkt.");
    const { body } = await api(`/api/v1/claims/${claim.id}/known-fact-checks`, { token: tokens.viewer });
    expect(body.data.checks[0]).toMatchObject({ reviewUrl: `https://faktenfuchs.example/checks/strom-${stamp}` });
    expect(body.data.checks[0].score).toBeGreaterThanOrEqual(body.data.threshold);
  });

  it("cites a known fact-check in one step as a context source; another team's known check is 404", async () => {
    const claim = await claimWith(tokens.editor, "Die Regierung senkte die Stromsteuer im Januar um 5 Cent pro Kilowattstunde.");
    const [check] = (await api(`/api/v1/claims/${claim.id}/known-fact-checks`, { token: tokens.reviewer })).body.data.checks;
    const cited = await api(`/api/v1/known-fact-checks/${check.id}/cite`, { token: tokens.reviewer, json: { claimId: claim.id } });
    expect(cited.status, JSON.stringify(cited.body)).toBe(201);
    expect(cited.body.data).toMatchObject({ stance: "context", source: { url: check.reviewUrl, publisher: "Faktenfuchs" } });
    expect(cited.body.data.source.title).toContain("Falsch: Die Regierung senkte");
    // Probe finding F10: a second cite of the same check on the same claim adds no second citation.
    const again = await api(`/api/v1/known-fact-checks/${check.id}/cite`, { token: tokens.reviewer, json: { claimId: claim.id } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("This known fact-check is already cited on this claim.");
    expect(again.body.error.details).toEqual({ citationId: cited.body.data.id });
    expect((await api(`/api/v1/known-fact-checks/${check.id}/cite`, { token: tokens.viewer, json: { claimId: claim.id } })).status).toBe(403);

    const foreign = await claimWith(otherTokens.editor, `Eine ganz andere Behauptung über Mieten ${stamp}.`);
    expect((await api(`/api/v1/known-fact-checks/${check.id}/cite`, { token: otherTokens.reviewer, json: { claimId: foreign.id } })).status).toBe(404);
  });
});

describe("the file size limit", () => {
  let stack: Awaited<ReturnType<typeof startOwnStack>>;
  const LIMIT = 64 * 1024;
  beforeAll(async () => {
    stack = await startOwnStack("known-limit", { env: { FACTDESK_MAX_KNOWN_CHECKS_BYTES: String(LIMIT) } });
  }, 120_000);
  afterAll(async () => stack?.close());

  it("accepts a file of exactly the limit and answers 413 for one byte more", async () => {
    const body = JSON.stringify(review(`https://faktenfuchs.example/checks/limit-${stamp}`, "Grenze."));
    const padded = (size: number) => body + " ".repeat(size - Buffer.byteLength(body));
    const send = (text: string) =>
      fetch(`${stack.baseUrl}/api/v1/known-fact-checks/imports`, { method: "POST", headers: { authorization: `Bearer ${stack.token}`, "content-type": "application/ld+json" }, body: text });
    expect((await send(padded(LIMIT))).status).toBe(202);
    const over = await send(padded(LIMIT + 1));
    expect(over.status).toBe(413);
    expect((await over.json()).error.message).toMatch(/larger than the limit/);
  });
});

describe("the worker time limit (FACTDESK_WORKER_TIMEOUT_MS)", () => {
  let stack: Awaited<ReturnType<typeof startOwnStack>>;
  beforeAll(async () => {
    // 50 ms: less than a worker thread takes to start and load its code, so every document is over it.
    stack = await startOwnStack("worker-deadline", { env: { FACTDESK_WORKER_TIMEOUT_MS: "50" } });
  }, 120_000);
  afterAll(async () => stack?.close());

  it("answers a document that takes longer with 422 and its message, and keeps serving", async () => {
    const send = () =>
      fetch(`${stack.baseUrl}/api/v1/known-fact-checks/imports`, {
        method: "POST",
        headers: { authorization: `Bearer ${stack.token}`, "content-type": "application/ld+json" },
        body: JSON.stringify(review(`https://faktenfuchs.example/checks/deadline-${stamp}`, "Frist.")),
      });
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await send();
      expect(response.status).toBe(422);
      expect((await response.json()).error.message).toBe("This document is too large or complex to read in time. Split it into smaller files.");
    }
    const listed = await fetch(`${stack.baseUrl}/api/v1/known-fact-checks/imports`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect(listed.status).toBe(200);
  });
});

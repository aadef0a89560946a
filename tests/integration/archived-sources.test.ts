import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { archiveSource } from "@/lib/server/source/archive-source";
import { recheckDueSources } from "@/lib/server/source/recheck-sources";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// The re-check below runs in this test process and fetches from the local page server, as the app
// server (started with FACTDESK_ALLOW_PRIVATE_FETCH) does. Set before the environment is first read.
process.env.FACTDESK_ALLOW_PRIVATE_FETCH = "true";

let team: TestTeam;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let outsider: string;
let reviewerCookie: string;
let claimId: string;
let pages: Server;
let pagesUrl: string;
/** What /living answers; tests change it to simulate a page edited or broken after it was cited. */
let living = { status: 200, paragraph: "The ministry reported that exports fell by 3 percent in the third quarter of the year." };

const article = (title: string, paragraph: string, extra = "") => `<!doctype html><html><head><title>${title}</title>
<meta property="og:site_name" content="Example Ministry"><meta property="article:published_time" content="2026-11-02T08:00:00Z"></head>
<body><nav>Home · News</nav><article><h1>${title}</h1><p>${paragraph}</p>
<p>Officials said the figures were preliminary and would be revised once the customs data for all regions is complete, as in every quarter since the series began.</p>
${extra}</article><footer>© Example Ministry</footer></body></html>`;

const HOSTILE = article(
  "Hostile page",
  "Readers wrote &lt;script&gt;steal()&lt;/script&gt; into the comment box, and the site printed it back as text for everyone to read.",
  `<script>window.pwnedByArchive = 1</script><img src="http://127.0.0.1:1/tracker.png" onerror="window.pwnedByArchive = 2"><iframe src="http://127.0.0.1:1/frame"></iframe>`,
);

beforeAll(async () => {
  team = await createTestTeam("archive");
  tokens = await createRoleTokens(team);
  reviewerCookie = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
  const other = await createTestTeam("archive-outsider");
  outsider = (await createRoleTokens(other)).admin;
  const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Exporte", text: "Die Exporte fielen im dritten Quartal um 3 Prozent, teilte das Ministerium mit." } });
  claimId = (await api(`/api/v1/articles/${created.body.data.id}`, { token: tokens.editor })).body.data.claims[0].id;

  pages = createServer((req, res) => {
    const html = { "content-type": "text/html; charset=utf-8" };
    // The query only makes each citation a source of its own.
    const path = new URL(req.url ?? "/", "http://pages").pathname;
    if (path === "/report") return res.writeHead(200, html).end(article("Quarterly exports", living.paragraph));
    if (path === "/moved") return res.writeHead(301, { location: "/report" }).end();
    if (path === "/living") return res.writeHead(living.status, html).end(living.status < 400 ? article("Living page", living.paragraph) : "broken");
    if (path === "/hostile") return res.writeHead(200, html).end(HOSTILE);
    if (path === "/drip") {
      // A byte every two seconds: never silent long enough for a socket timeout, only the deadline ends it.
      res.writeHead(200, html);
      const timer = setInterval(() => res.write(" "), 2_000);
      res.on("close", () => clearInterval(timer));
      return;
    }
    res.writeHead(404, html).end("<p>Not here</p>");
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => pages.close(() => resolve())));

async function cite(path: string, token = tokens.reviewer) {
  const started = Date.now();
  const response = await api(`/api/v1/claims/${claimId}/sources`, { token, json: { url: `${pagesUrl}${path}`, stance: "supports" } });
  expect(response.status, response.text).toBe(201);
  return { sourceId: response.body.data.source.id as string, took: Date.now() - started };
}

/** The source's state once the archive job has checked it. */
async function checked(sourceId: string, timeoutMs = 25_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await api(`/api/v1/sources/${sourceId}`, { token: tokens.viewer });
    expect(response.status).toBe(200);
    if (response.body.data.checkedAt) return response.body.data;
    if (Date.now() > deadline) throw new Error(`source ${sourceId} was not archived in time`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe("archived sources", () => {
  it("citing stores a snapshot after the citation: final URL after a redirect, status, hash, readable text, title", async () => {
    const { sourceId } = await cite("/moved");
    const source = await checked(sourceId);
    expect(source.linkState).toBe("ok");
    expect(source.archivedSnapshotId).toBe(source.snapshots[0].id);
    expect(source.snapshots[0]).toMatchObject({ finalUrl: `${pagesUrl}/report`, httpStatus: 200, error: null });

    const list = await api(`/api/v1/sources/${sourceId}/snapshots`, { token: tokens.viewer });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    const snapshot = await api(`/api/v1/sources/${sourceId}/snapshots/${source.archivedSnapshotId}`, { token: tokens.viewer });
    expect(snapshot.status).toBe(200);
    expect(snapshot.body.data).toMatchObject({
      requestedUrl: `${pagesUrl}/moved`,
      finalUrl: `${pagesUrl}/report`,
      httpStatus: 200,
      title: "Quarterly exports",
      publisher: "Example Ministry",
      publishedAt: "2026-11-02T08:00:00Z",
      linkState: "ok",
    });
    expect(snapshot.body.data.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.body.data.text).toContain("exports fell by 3 percent");
    expect(snapshot.body.data.text).not.toContain("<p>");
    expect(snapshot.body.data.text).not.toContain("Home · News");
  });

  it("the re-check flags a page changed since it was cited, then one that starts answering 500", async () => {
    const { sourceId } = await cite("/living");
    expect((await checked(sourceId)).linkState).toBe("ok");
    const later = new Date(Date.now() + 48 * 3_600_000);

    expect(await recheckDueSources({ teamId: team.teamId, now: later, limit: 100 })).toBeGreaterThan(0);
    expect((await api(`/api/v1/sources/${sourceId}`, { token: tokens.viewer })).body.data.linkState).toBe("ok");

    living = { status: 200, paragraph: "The ministry now says exports fell by 5 percent in the third quarter, correcting its earlier figure." };
    await recheckDueSources({ teamId: team.teamId, now: later, limit: 100 });
    const changed = (await api(`/api/v1/sources/${sourceId}`, { token: tokens.viewer })).body.data;
    expect(changed.linkState).toBe("changed");

    living = { ...living, status: 500 };
    await recheckDueSources({ teamId: team.teamId, now: later, limit: 100 });
    const failed = (await api(`/api/v1/sources/${sourceId}`, { token: tokens.viewer })).body.data;
    expect(failed.linkState).toBe("failed");
    expect(failed.snapshots[0]).toMatchObject({ httpStatus: 500 });
    expect(new Date(failed.checkedAt).getTime()).toBeGreaterThan(new Date(changed.checkedAt).getTime());
    // The copy from the last good fetch stays the archived one; every snapshot is kept.
    expect(failed.archivedSnapshotId).toBe(changed.archivedSnapshotId);
    const history = (await api(`/api/v1/sources/${sourceId}/snapshots`, { token: tokens.viewer })).body.data;
    expect(history.map((snapshot: { linkState: string }) => snapshot.linkState)).toEqual(["failed", "changed", "ok", "ok"]);
  });

  it("a 404 never blocks citing and is recorded as failed with its status", async () => {
    const { sourceId } = await cite("/gone");
    const source = await checked(sourceId);
    expect(source.linkState).toBe("failed");
    expect(source.archivedSnapshotId).toBeNull();
    expect(source.snapshots[0]).toMatchObject({ httpStatus: 404, error: "The page answered with HTTP 404." });
  });

  it("a page that drips slowly hits the fetch deadline: citing answers at once, the source becomes failed", { timeout: 60_000 }, async () => {
    const { sourceId, took } = await cite("/drip");
    expect(took).toBeLessThan(5_000);
    const source = await checked(sourceId, 40_000);
    expect(source.linkState).toBe("failed");
    expect(source.snapshots[0].error).toMatch(/did not answer within/);
  });

  it("a private address is refused by the same rules as URL import, recorded as failed", async () => {
    const { sourceId } = await cite("/report?private");
    await checked(sourceId);
    // The app server of this suite may fetch from this machine (FACTDESK_ALLOW_PRIVATE_FETCH); in
    // production it may not: the same source archived under production rules.
    expect(await archiveSource(sourceId, { allowPrivate: false })).toEqual({ linkState: "failed" });
    const latest = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId }, orderBy: { fetchedAt: "desc" } });
    expect(latest).toMatchObject({ linkState: "failed", text: null, httpStatus: null });
    expect(latest.error).toMatch(/private network/);
  });

  it("another team cannot read the snapshots (404) nor archive the source", async () => {
    const { sourceId } = await cite("/report?team");
    const { archivedSnapshotId } = await checked(sourceId);
    expect(archivedSnapshotId).toBeTruthy();
    for (const path of [`/api/v1/sources/${sourceId}`, `/api/v1/sources/${sourceId}/snapshots`, `/api/v1/sources/${sourceId}/snapshots/${archivedSnapshotId}`]) {
      const response = await api(path, { token: outsider });
      expect(response.status, path).toBe(404);
      expect(response.text).not.toContain("exports fell");
    }
    expect((await api(`/api/v1/sources/${sourceId}/archive`, { token: outsider, method: "POST" })).status).toBe(404);
  });

  it("reviewers archive again (once a minute, else 429 with a sentence); viewers get 403", async () => {
    const { sourceId } = await cite("/report?again");
    await checked(sourceId);
    expect((await api(`/api/v1/sources/${sourceId}/archive`, { token: tokens.viewer, method: "POST" })).status).toBe(403);
    const first = await api(`/api/v1/sources/${sourceId}/archive`, { token: tokens.reviewer, method: "POST" });
    expect(first.status, first.text).toBe(200);
    expect(first.body.data.linkState).toBe("ok");
    expect((await api(`/api/v1/sources/${sourceId}/snapshots`, { token: tokens.viewer })).body.data).toHaveLength(2);
    const second = await api(`/api/v1/sources/${sourceId}/archive`, { token: tokens.editor, method: "POST" });
    expect(second.status).toBe(429);
    expect(second.body.error.message).toMatch(/less than a minute ago/);
  });

  it("the archived text view shows the page's text, never its markup, scripts or images", async () => {
    const { sourceId } = await cite("/hostile");
    const { archivedSnapshotId } = await checked(sourceId);
    const snapshot = await api(`/api/v1/sources/${sourceId}/snapshots/${archivedSnapshotId}`, { token: tokens.viewer });
    expect(snapshot.body.data.text).toContain("<script>steal()</script>"); // the page's words, as words
    expect(snapshot.body.data.text).not.toContain("pwnedByArchive");
    expect(snapshot.body.data.text).not.toContain("tracker.png");

    const page = await api(`/sources/${sourceId}/snapshots/${archivedSnapshotId}`, { cookie: reviewerCookie });
    expect(page.status).toBe(200);
    expect(page.text).toContain("&lt;script&gt;steal()&lt;/script&gt;");
    expect(page.text).not.toContain("<script>steal()");
    expect(page.text).not.toContain("pwnedByArchive");
    expect(page.text).not.toContain("tracker.png");
    expect(page.text).not.toContain("<iframe");
  });

  it("the claim page's sources panel shows the archived date and the link to the copy", async () => {
    const { sourceId } = await cite("/report?panel");
    const { archivedSnapshotId, archivedAt } = await checked(sourceId);
    expect(archivedAt).toBeTruthy();
    const page = await api(`/claims/${claimId}`, { cookie: reviewerCookie });
    expect(page.status).toBe(200);
    const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(archivedAt));
    expect(page.text).toContain(`Archived ${date}`);
    expect(page.text).toContain(`/sources/${sourceId}/snapshots/${archivedSnapshotId}`);
    expect(page.text).toContain("Archive again");
  });
});

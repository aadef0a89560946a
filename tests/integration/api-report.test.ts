import { parse } from "csv-parse/sync";
import { extractText } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_PAGE_MAX_CLAIMS } from "@/lib/domain/article/claims-on-page";
import { insertClaimRows } from "@/lib/server/claim/insert-claim-rows";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

let team: TestTeam;
let editor: string;
let articleId: string;
let claims: { id: string; version: number; text: string }[];

beforeAll(async () => {
  team = await createTestTeam("report");
  await db.team.update({ where: { id: team.teamId }, data: { organizationName: "Faktencheck Nord", publicUrl: "https://faktencheck.example" } });
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  const text = `Laut dem Energieminister Alexander Nowak ist Indien der zweitgrößte Abnehmer von russischem Öl (${Date.now()}). Die Preise stiegen um 4 Prozent. Der Export fiel 2024 um *2* Prozent.`;
  const created = await api("/api/v1/articles", { cookie: editor, json: { title: "Öl & Preise: Bericht", text, url: "https://zeitung.example/oel", publishedAt: "2025-05-02" } });
  articleId = created.body.data.id;
  claims = (await api(`/api/v1/articles/${articleId}`, { cookie: editor })).body.data.claims;
  for (const [index, level] of [[0, "mostly-true"], [1, "false"]] as const) {
    const claim = claims[index]!;
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie: editor, json: { url: `https://quelle.example/${index}`, stance: "supports", title: `Quelle ${index}` } });
    const finalized = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: editor, json: { level, rationale: `Begründung ${index} mit „Zitat“`, claimVersion: claim.version } });
    expect(finalized.status).toBe(201);
  }
});

const report = (query: string, cookie = editor) => fetch(`${baseUrl()}/api/v1/articles/${articleId}/report?${query}`, { headers: { cookie } });

describe("verdict reports", () => {
  it("exports ClaimReview JSON-LD with the properties fact-check consumers read", async () => {
    const response = await report("format=claimreview");
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="oel-preise-bericht-claimreview\.jsonld"/);
    const reviews = (await response.json()) as Record<string, any>[];
    expect(reviews).toHaveLength(2);
    const [first] = reviews;
    expect(first).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: claims[0]!.text,
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Größtenteils richtig" },
      itemReviewed: {
        "@type": "Claim",
        author: { name: "Alexander Nowak" },
        datePublished: "2025-05-02",
        appearance: { "@type": "CreativeWork", url: "https://zeitung.example/oel" },
      },
      author: { "@type": "Organization", name: "Faktencheck Nord", url: "https://faktencheck.example" },
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it("exports CSV (RFC 4180, optional BOM) that parses back, Markdown and JSON with the credibility", async () => {
    const csv = await report("format=csv&bom=1");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toContain("\r\n");
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(claims.length);
    expect(rows[0]).toMatchObject({ claim: claims[0]!.text, verdict: "Größtenteils richtig", verdict_key: "mostly-true", rating_value: "4", rationale: "Begründung 0 mit „Zitat“" });
    expect(rows[2]!.verdict).toBe("");

    const md = await (await report("format=md")).text();
    expect(md).toContain("# Öl & Preise: Bericht");
    expect(md).toContain("**Bewertung: Falsch**");
    expect(md).toContain("\\*2\\*");

    const json = await (await report("format=json")).json();
    expect(json.credibility).toMatchObject({ reviewed: 2, state: "scored" });
    expect(json.credibility.score).toBeGreaterThan(0);
  });

  it("exports a PDF with an embedded German-capable font, every claim, page numbers and a sources appendix", async () => {
    const response = await report("format=pdf");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/oel-preise-bericht-report\.pdf/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    expect(Buffer.from(bytes).toString("latin1")).toContain("DejaVuSans");
    const { text, totalPages } = await extractText(bytes, { mergePages: true });
    // A title page, then the claims; a short sources list follows them on their page (walk of stop 45).
    expect(totalPages).toBeGreaterThanOrEqual(2);
    for (const expected of ["Öl & Preise: Bericht", "Faktencheck Nord", "Bewertung: Größtenteils richtig", "Begründung 1 mit „Zitat“", "Noch keine endgültige Bewertung", "Alle Quellen", "https://quelle.example/0", `Seite 1 von ${totalPages}`, "Zusammenfassung", "Beginn des Artikels", "Laut dem Energieminister Alexander Nowak", "Endgültige Bewertungen: Größtenteils richtig: 1 · Falsch: 1", "Quelle 0 (stützt)"]) {
      expect(text.replace(/\s+/g, " ")).toContain(expected);
    }
  });

  it("exports a selection of claims, and refuses bad formats and other teams", async () => {
    const selection = await (await report(`format=json&claims=${claims[1]!.id}`)).json();
    expect(selection.claims.map((claim: { id: string }) => claim.id)).toEqual([claims[1]!.id]);
    expect((await report("format=docx")).status).toBe(400);
    // Hostile probe of stop 28: an id that is no claim of this report answered 200 with no claims; an
    // empty list did the same. Now the first is a 400 naming the field, the second the whole report.
    const foreign = await report(`format=json&claims=${claims[1]!.id},01a23690-6887-77aa-a9cb-1c9a152c0b01`);
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).error.details).toEqual([{ field: "claims", message: "Not a claim of this report." }]);
    expect((await (await report("format=json&claims=")).json()).claims).toHaveLength(claims.length);
    // Only separators: ids were lost on the way, so no whole report is sent in their place.
    for (const empty of [",", "%20,%20", ",,"]) expect((await report(`format=json&claims=${empty}`)).status).toBe(400);
    expect((await report(`format=json&claims=${claims[1]!.id.toUpperCase()}`)).status).toBe(200);
    const other = await createTestTeam("report-other");
    const outsider = (await signIn(other.emails.admin, TEST_PASSWORD)).cookie!;
    expect((await report("format=json", outsider)).status).toBe(404);
  });

  it("opens a public report by share link, without sign-in, and stops at once when revoked", async () => {
    const reviewer = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
    expect((await api(`/api/v1/articles/${articleId}/share-links`, { cookie: reviewer, json: {} })).status).toBe(403);
    const link = (await api(`/api/v1/articles/${articleId}/share-links`, { cookie: editor, json: {} })).body.data;
    const page = await fetch(`${baseUrl()}/r/${link.token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Größtenteils richtig");
    expect(html).toContain("Faktencheck Nord");
    expect(html).toContain('type="application/ld+json"');
    expect(html).toContain(`/r/${link.token}#claim-`);
    expect(html).not.toContain("editor report"); // reviewer names stay private unless the team opts in
    const named = (await api(`/api/v1/articles/${articleId}/share-links`, { cookie: editor, json: { showReviewerNames: true } })).body.data;
    expect(await (await fetch(`${baseUrl()}/r/${named.token}`)).text()).toContain("editor report");

    // Share tokens are stored only as hashes, so the team's own export cannot name a public page:
    // without a report address pattern in settings it names the article in Factdesk (url is required).
    const reviews = (await (await report("format=claimreview")).json()) as { url?: string }[];
    expect(reviews[0]!.url).toMatch(new RegExp(`/articles/${articleId}#claim-`));
    expect(reviews[0]!.url).not.toContain(link.token);

    expect((await api(`/api/v1/share-links/${link.id}`, { cookie: editor, method: "DELETE" })).status).toBe(200);
    // 404, and its reader learns the fact-check may have been withdrawn (walk of stop 36: only "check the address
    // for typos"); nothing of it shows.
    const withdrawn = await fetch(`${baseUrl()}/r/${link.token}`, { headers: { "accept-language": "en" } });
    expect(withdrawn.status).toBe(404);
    const withdrawnHtml = await withdrawn.text();
    expect(withdrawnHtml).toContain("Its publisher may have withdrawn it");
    expect(withdrawnHtml).not.toContain("Größtenteils richtig");
    expect((await fetch(`${baseUrl()}/r/${link.token}/pdf`)).status).toBe(404);
    expect((await fetch(`${baseUrl()}/r/not-a-real-token-at-all-123`)).status).toBe(404);
  });
});

// Hostile probe of stop 27: an article of more than 32,767 claims (a 460 KB text of "Dr. med. h.c. "
// holds them) answered 500 on its page and every report: Prisma sent one bind parameter per claim.
describe("an article of more claims than PostgreSQL takes bind parameters", () => {
  it("reports all of them", { timeout: 120_000 }, async () => {
    const created = await api("/api/v1/articles", { cookie: editor, json: { title: "Viele", text: `Kurz ${Date.now()}.` } });
    expect(created.status).toBe(201);
    const article = await db.article.findUniqueOrThrow({ where: { id: created.body.data.id } });
    const count = 32_800;
    const rows = Array.from({ length: count }, (_, position) => ({
      teamId: team.teamId, articleId: article.id, language: article.language, textVersion: article.textVersion,
      start: 0, end: 4, text: "Kurz", matchText: "kurz", kind: "claim" as const, checkworthiness: 0.5, checkworthy: true, reasons: [], entities: [], position: position + 1,
    }));
    // The import's own bulk insert (one statement): Prisma's createMany takes half a minute for these.
    await db.$transaction((tx) => insertClaimRows(tx, rows), { timeout: 60_000 });
    const response = await fetch(`${baseUrl()}/api/v1/articles/${article.id}/report?format=json`, { headers: { cookie: editor } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { claims: unknown[] };
    // (The article page reads its claims through the same report loader.)
    expect(body.claims.length).toBeGreaterThanOrEqual(count);

    // The page shows ARTICLE_PAGE_MAX_CLAIMS of them and says so; a claim someone works on is among
    // them however low it ranks. All 32,800 made a page of tens of megabytes that held up every client.
    const worked = await db.claim.findFirstOrThrow({ where: { articleId: article.id, position: count } });
    await db.claim.update({ where: { id: worked.id }, data: { status: "in_review", checkworthiness: 0.01 } });
    const page = await fetch(`${baseUrl()}/articles/${article.id}`, { headers: { cookie: editor } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const total = await db.claim.count({ where: { articleId: article.id } });
    // (Booleans, not toContain: a failure would print megabytes of page.)
    expect(html.includes('data-testid="claims-capped"')).toBe(true);
    expect(html.includes(`This article has ${total.toLocaleString("en")} claims. The page shows ${ARTICLE_PAGE_MAX_CLAIMS.toLocaleString("en")} of them`)).toBe(true);
    expect(html.includes(`claim-item-${worked.id}`)).toBe(true);
    expect(new Set(html.match(/claim-item-[0-9a-f-]{36}/g)).size).toBe(ARTICLE_PAGE_MAX_CLAIMS);
    expect(html.length).toBeLessThan(5_000_000);
  });
});

describe("a selection of 1,000 claims", () => {
  // Past about 440 ticked claims, the selection's address no longer fitted: the server refused its request
  // line with an empty 431 (probe of stop 32). The page posts the selection as a form instead.
  it("is exported by POST with the fields in a form body; more than 1,000 ids or a body over 64 KB are refused", { timeout: 120_000 }, async () => {
    const created = await api("/api/v1/articles", { cookie: editor, json: { title: "Auswahl", text: `Kurz ${Date.now()}.` } });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.body.data.id } });
    const rows = Array.from({ length: 1100 }, (_, position) => ({
      teamId: team.teamId, articleId: article.id, language: article.language, textVersion: article.textVersion,
      start: 0, end: 4, text: `Satz ${position}`, matchText: `satz ${position}`, kind: "claim" as const, checkworthiness: 0.5, checkworthy: true, reasons: [], entities: [], position: position + 1,
    }));
    await db.$transaction((tx) => insertClaimRows(tx, rows), { timeout: 60_000 });
    const ids = (await db.claim.findMany({ where: { articleId: article.id, position: { gt: 0 } }, orderBy: { position: "asc" }, select: { id: true } })).map((claim) => claim.id);
    const post = (body: string) =>
      fetch(`${baseUrl()}/api/v1/articles/${article.id}/report`, { method: "POST", headers: { cookie: editor, origin: baseUrl(), "content-type": "application/x-www-form-urlencoded" }, body });
    const csv = await post(new URLSearchParams({ format: "csv", claims: ids.slice(0, 1000).join(","), bom: "1" }).toString());
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="auswahl-report\.csv"/);
    expect(parse(await csv.text(), { columns: true, bom: true })).toHaveLength(1000);
    // The same list in the address is longer than Node reads: refused with a sentence, not an empty 431 (probe of stop 38).
    const inAddress = await fetch(`${baseUrl()}/api/v1/articles/${article.id}/report?format=csv&claims=${ids.slice(0, 1000).join(",")}`, { headers: { cookie: editor } });
    expect(inAddress.status).toBe(431);
    expect((await inAddress.json()).error.message).toMatch(/POST body/);

    const tooMany = await post(new URLSearchParams({ format: "csv", claims: ids.slice(0, 1001).join(",") }).toString());
    expect(tooMany.status).toBe(400);
    const tooBig = await post(`format=csv&claims=${"a".repeat(64 * 1024)}`);
    expect(tooBig.status).toBe(413);
    // A field given twice is refused as in the address (probe of stop 41: the last "format" won without a word).
    const twice = await post("format=csv&format=pdf");
    expect(twice.status).toBe(400);
    expect((await twice.json()).error.message).toBe('The field "format" is given more than once.');
    // A form from another site is refused like any cross-site write.
    const foreign = await fetch(`${baseUrl()}/api/v1/articles/${article.id}/report`, { method: "POST", headers: { cookie: editor, origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "format=csv" });
    expect(foreign.status).toBe(403);
  });
});


// Hostile probe of stop 43: a direction override in the article's text ("\u202Eeslaf si siht\u202C" reads "this is
// false") went out in ClaimReview, CSV and the public page. The article keeps it; what is published does not.
describe("direction overrides in an article's words", () => {
  it("stay in the article but leave every published format", async () => {
    const text = `The minister said unemployment fell to 3 percent in 2024 \u202Eeslaf si siht\u202C according to the office (${Date.now()}).`;
    const created = await api("/api/v1/articles", { cookie: editor, json: { title: "Override", text, language: "en" } });
    const id = created.body.data.id as string;
    const [claim] = (await api(`/api/v1/articles/${id}`, { cookie: editor })).body.data.claims;
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie: editor, json: { url: "https://quelle.example/override", stance: "refutes", title: "Office" } });
    expect((await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: editor, json: { level: "false", rationale: "The office says 4 percent.", claimVersion: claim.version } })).status).toBe(201);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).body).toContain("\u202E");
    for (const format of ["claimreview", "csv", "md", "json"]) {
      const body = await (await fetch(`${baseUrl()}/api/v1/articles/${id}/report?format=${format}`, { headers: { cookie: editor } })).text();
      expect(body, format).toContain("unemployment fell to 3 percent");
      expect(body, format).not.toMatch(/[\u202A-\u202E\u2066-\u2069]|\\u202[a-eA-E]/);
    }
    const link = await api(`/api/v1/articles/${id}/share-links`, { cookie: editor, json: {} });
    const page = await (await fetch(`${baseUrl()}${new URL(link.body.data.url).pathname}`)).text();
    expect(page).toContain("unemployment fell to 3 percent");
    expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

import { extractText } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { attachSource } from "@/lib/server/source/attach-source";
import { finalizeVerdict } from "@/lib/server/verdict/finalize-verdict";
import { createArticleInput } from "@/lib/validations/article";
import { attachSourceInput } from "@/lib/validations/source";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Issue 13: the public page published everything (open claims, fragments, a score with no method).
// It now shows only final verdicts the editor chose, the method, and dated corrections.

let team: TestTeam;
let editor: string;
let articleId: string;
let claims: { id: string; version: number; text: string }[];

const claimVersion = async (id: string) => (await api(`/api/v1/claims/${id}`, { cookie: editor })).body.data.version as number;

async function finalize(index: number, level: string, rationale: string) {
  const claim = claims[index]!;
  const response = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: editor, json: { level, rationale, claimVersion: await claimVersion(claim.id) } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

async function share(body: Record<string, unknown>) {
  const response = await api(`/api/v1/articles/${articleId}/share-links`, { cookie: editor, json: body });
  return response;
}

const page = async (token: string, language?: string) =>
  (await fetch(`${baseUrl()}/r/${token}`, { headers: language ? { "accept-language": language } : {} })).text();

beforeAll(async () => {
  team = await createTestTeam("public-page");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  const text = [
    `Die Arbeitslosenquote lag im Mai bei 6,1 Prozent (${Date.now()}).`,
    "Der Export stieg 2024 um 12 Prozent auf 1,7 Billionen Euro.",
    "Die Regierung senkte die Stromsteuer im Januar um 5 Cent.",
  ].join(" ");
  articleId = (await api("/api/v1/articles", { cookie: editor, json: { title: "Wirtschaft", text } })).body.data.id;
  claims = (await api(`/api/v1/articles/${articleId}`, { cookie: editor })).body.data.claims;
  expect(claims.length).toBe(3);
  for (const [index, claim] of claims.entries()) {
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie: editor, json: { url: `https://quelle.example/page-${index}`, stance: "supports", title: `Quelle ${index}` } });
  }
  // The reviewers' wording of the second claim; the page shows it beside the verbatim quote.
  const worded = await api(`/api/v1/claims/${claims[1]!.id}`, { method: "PATCH", cookie: editor, json: { normalizedText: "Der Export stieg 2024 um 12 Prozent.", version: await claimVersion(claims[1]!.id) } });
  expect(worded.status, JSON.stringify(worded.body)).toBe(200);
  await finalize(0, "mostly-true", "Laut Bundesagentur 6,0 Prozent.");
  await finalize(1, "false", "Der Export sank.");
});

describe("publishable fact-check pages", () => {
  it("publish only claims with a final verdict, and only the ones the editor chose", async () => {
    const chosen = await share({ claimIds: [claims[0]!.id] });
    expect(chosen.status).toBe(201);
    const html = await page(chosen.body.data.token);
    expect(html).toContain("Laut Bundesagentur 6,0 Prozent.");
    expect(html).not.toContain("Der Export sank.");
    expect(html).not.toContain("Stromsteuer");
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(jsonLd).toHaveLength(1);

    const all = await page((await share({})).body.data.token);
    expect(all).toContain("Der Export sank.");
    expect(all).not.toContain("Stromsteuer"); // no final verdict: not published
    expect(all).not.toContain(`id="claim-${claims[2]!.id}"`);
    // The engine's suggestion is published nowhere until a reviewer accepts it (walk of stop 29).
    await db.claim.update({ where: { id: claims[0]!.id }, data: { suggestedWording: "Vorschlag der Maschine zur Quote" } });
    const unaccepted = await page((await share({})).body.data.token);
    expect(unaccepted).not.toContain("Vorschlag der Maschine");
    // The article has no outlet, date or address: no stray separator before the PDF link.
    expect(all).not.toMatch(/<p class="mt-1 text-sm text-slate-600"> · /);
    // The reviewers' wording leads; the article's exact words follow as a quote.
    // (German article: German quotation marks, whoever reads it.)
    expect(all.replaceAll("<!-- -->", "")).toMatch(/<p class="font-medium">Der Export stieg 2024 um 12 Prozent\.<\/p><blockquote[^>]*>.*?„Der Export stieg 2024 um 12 Prozent auf 1,7 Billionen Euro\.“<\/blockquote>/s);
  });

  it("refuses to publish a claim without a final verdict or from another article, with a sentence", async () => {
    const open = await share({ claimIds: [claims[2]!.id] });
    expect(open.status).toBe(400);
    expect(open.body.error.message).toMatch(/Only claims of this article with a final verdict can be published/);
    const otherArticle = (await api("/api/v1/articles", { cookie: editor, json: { title: "Anderes", text: `Die Inflation lag bei 2 Prozent (${Date.now()}).` } })).body.data.id;
    const foreign = (await api(`/api/v1/articles/${otherArticle}`, { cookie: editor })).body.data.claims[0].id;
    expect((await share({ claimIds: [foreign] })).status).toBe(400);
    expect((await share({ claimIds: [] })).status).toBe(400);
  });

  it("explain the method: how claims were chosen, the scale with its descriptions, and how the score is computed", async () => {
    const html = await page((await share({})).body.data.token);
    expect(html).toContain("So haben wir geprüft");
    // The level's description from the scale, in the article's language like its label (German here).
    expect(html).toContain("Zutreffend, braucht aber eine Einordnung.");
    expect(html).not.toContain("Accurate but needs clarification.");
    expect(html).toContain("zählt nicht zum Wert"); // unproven, not checkable
    expect(html).toContain("Geprüft am ");
    expect(html).toMatch(/\d+\/100|Kein Wert/);
  });

  it("keep a dated corrections note when a published verdict is reopened or changed", async () => {
    const token = (await share({})).body.data.token;
    const reopened = await api(`/api/v1/claims/${claims[0]!.id}/final-verdict/reopen`, { cookie: editor, json: { reason: "Neue Zahlen der Bundesagentur.", claimVersion: await claimVersion(claims[0]!.id) } });
    expect(reopened.status).toBe(200);
    let html = await page(token);
    expect(html).toContain('data-testid="corrections"');
    expect(html).toContain("Neue Zahlen der Bundesagentur.");
    expect(html).toMatch(/am .* zurückgezogen; die Behauptung wird erneut geprüft/);
    // The claim stays on the page rather than vanishing.
    expect(html).toContain(`id="claim-${claims[0]!.id}"`);
    // What reviewers do while it is under review again was never published (hostile probe of stop 44): not on the
    // page, not in its PDF, not in the correction note.
    const worded = await api(`/api/v1/claims/${claims[0]!.id}`, { cookie: editor, method: "PATCH", json: { version: await claimVersion(claims[0]!.id), normalizedText: "UNPUBLISHED WORDING" } });
    expect(worded.status).toBe(200);
    const cited = await api(`/api/v1/claims/${claims[0]!.id}/sources`, { cookie: editor, json: { url: "https://unpublished-source.example/q", stance: "supports", title: "UNPUBLISHED SOURCE" } });
    expect(cited.status).toBe(201);
    html = await page(token);
    expect(html).not.toContain("UNPUBLISHED");
    const pdf = await fetch(`${baseUrl()}/r/${token}/pdf`);
    expect((await extractText(new Uint8Array(await pdf.arrayBuffer()), { mergePages: true })).text).not.toContain("UNPUBLISHED");

    await finalize(0, "false", "Die Quote lag bei 5,8 Prozent.");
    html = await page(token);
    // Labels are in the article's language.
    expect(html).toMatch(/Die Bewertung von „[^“]+“ wurde von „Größtenteils richtig“ zu „Falsch“ geändert/);
    // It quotes the words the withdrawn verdict rated, not the wording given while it was under review (re-probe of stop 44).
    expect(html).toMatch(/Die Bewertung von „Die Arbeitslosenquote lag im Mai bei 6,1 Prozent[^“]*“ wurde/);
    expect(html).toContain("Die Quote lag bei 5,8 Prozent.");
  });

  it("offer the same fact-check as a PDF: published claims, corrections and the method, in the article's language", async () => {
    const token = (await share({})).body.data.token;
    const response = await fetch(`${baseUrl()}/r/${token}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { text } = await extractText(new Uint8Array(await response.arrayBuffer()), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("So haben wir geprüft");
    expect(flat).toContain("Der Export sank.");
    // The article's opening paragraph may quote it, but it is no numbered claim: it has no final verdict.
    expect(flat).not.toMatch(/\d\. Die Regierung senkte die Stromsteuer/);
    expect(flat).toContain("zählt nicht zum Wert");
    // The summary's figures: what this PDF shows, and the article's check-worthy claims, each with its own plural.
    expect(flat).toMatch(/\d+ Behauptung(en)? in diesem Bericht · \d+ prüfwürdige Behauptung(en)? im Artikel/);
    expect(flat).not.toMatch(/\b1 Behauptungen\b|davon prüfwürdig/);
    expect((await fetch(`${baseUrl()}/r/${"x".repeat(32)}/pdf`)).status).toBe(404);
  });

  it("ask search engines not to index the page only when the link says so", async () => {
    const indexedToken = (await share({})).body.data.token;
    const indexed = await page(indexedToken);
    expect(indexed).not.toMatch(/<meta name="robots" content="noindex/);
    expect((await fetch(`${baseUrl()}/r/${indexedToken}/pdf`)).headers.get("x-robots-tag")).toBeNull();
    const hiddenToken = (await share({ noindex: true })).body.data.token;
    const hidden = await page(hiddenToken);
    expect(hidden).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    // The PDF has no meta tags: the header says it (probe finding, issue 14).
    const pdf = await fetch(`${baseUrl()}/r/${hiddenToken}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("x-robots-tag")).toBe("noindex, nofollow");
  });

  it("show when each source was archived, in the page's date format, on the page and in the PDF", async () => {
    // A snapshot taken at a known time, as the archive job stores it.
    const source = await db.source.findFirstOrThrow({ where: { teamId: team.teamId, url: "https://quelle.example/page-1" } });
    const snapshot = await db.sourceSnapshot.create({
      data: { sourceId: source.id, teamId: team.teamId, requestedUrl: source.url, finalUrl: source.url, httpStatus: 200, fetchedAt: new Date("2026-03-14T09:30:00Z"), text: "Der Export sank.", linkState: "ok" },
    });
    await db.source.update({ where: { id: source.id }, data: { archivedSnapshotId: snapshot.id, archivedAt: snapshot.fetchedAt, linkState: "ok" } });
    const token = (await share({})).body.data.token;

    // React separates text parts with empty comments; what a reader sees has none.
    const visible = async (language: string) => (await page(token, language)).replaceAll("<!-- -->", "");
    // The page is one document in the article's language (German), whoever opens it (walk of stop 29:
    // an English page around German verdicts).
    const english = await visible("en");
    expect(english).toMatch(/Quelle 1<\/a>[^<]*<span[^>]*> \(archiviert am 14\. März 2026\)/);
    // A source with no copy says nothing about archiving rather than a wrong date.
    expect(english).toMatch(/Quelle 0<\/a><\/li>/);
    expect(await visible("de")).toMatch(/Quelle 1<\/a>[^<]*<span[^>]*> \(archiviert am 14\. März 2026\)/);

    const pdf = await fetch(`${baseUrl()}/r/${token}/pdf`);
    const { text } = await extractText(new Uint8Array(await pdf.arrayBuffer()), { mergePages: true });
    // The PDF is in the article's language (German), dated the same way.
    expect(text.replace(/\s+/g, " ")).toContain("Quelle 1 (stützt, archiviert am 14. März 2026)");
  });

  it("publish no score when too little of the article is reviewed, and say why, on the page and in the PDF", { timeout: 60_000 }, async () => {
    const text = [
      `Die Inflation lag im Oktober bei 2,3 Prozent (${Date.now()}).`,
      "Die Zahl der Erwerbstätigen stieg 2024 um 0,4 Prozent auf 46 Millionen.",
      "Die Mieten in Berlin stiegen im Jahr 2024 um 8 Prozent.",
      "Der Strompreis sank laut Bundesnetzagentur im Jahr 2024 um 11 Prozent.",
    ].join(" ");
    const id = (await api("/api/v1/articles", { cookie: editor, json: { title: "Preise", text } })).body.data.id;
    const [first, ...rest] = (await api(`/api/v1/articles/${id}`, { cookie: editor })).body.data.claims;
    expect(rest.length).toBeGreaterThanOrEqual(3);
    await api(`/api/v1/claims/${first.id}/sources`, { cookie: editor, json: { url: "https://quelle.example/inflation", stance: "supports" } });
    const final = await api(`/api/v1/claims/${first.id}/final-verdict`, { cookie: editor, json: { level: "true", rationale: "Destatis: 2,3 Prozent.", claimVersion: await claimVersion(first.id) } });
    expect(final.status).toBe(201);
    const token = (await api(`/api/v1/articles/${id}/share-links`, { cookie: editor, json: {} })).body.data.token;

    // (An English reader gets the German article's page in German, like its PDF.)
    const html = (await page(token, "en")).replaceAll("<!-- -->", "");
    expect(html).toMatch(/Kein Wert: Vom Artikel ist noch zu wenig geprüft \(1 von \d prüfwürdigen/);
    expect(html).not.toMatch(/\d+\/100 \(range/);
    const pdf = await fetch(`${baseUrl()}/r/${token}/pdf`);
    const { text: pdfText } = await extractText(new Uint8Array(await pdf.arrayBuffer()), { mergePages: true });
    const flat = pdfText.replace(/\s+/g, " ");
    expect(flat).toMatch(/Kein Wert: Vom Artikel ist noch zu wenig geprüft \(1 von [3-9] prüfwürdigen/);
    expect(flat).toContain("Noch nicht genug geprüft"); // the title page says the same
  });

  // Hostile probe of stop 46: each request for a public PDF took a turn of the team's PDF worker, and anyone may ask in a loop.
  it("render a link's PDF once while what it publishes stays the same, and anew after a verdict changes it", { timeout: 60_000 }, async () => {
    const text = [`Die Pendlerzahl stieg 2024 um 3 Prozent (${Date.now()}).`, "Der Nahverkehr beförderte 2024 rund 11 Milliarden Fahrgäste."].join(" ");
    const id = (await api("/api/v1/articles", { cookie: editor, json: { title: "Pendler", text } })).body.data.id;
    const [first, second] = (await api(`/api/v1/articles/${id}`, { cookie: editor })).body.data.claims;
    const decide = async (claimId: string, rationale: string) => {
      await api(`/api/v1/claims/${claimId}/sources`, { cookie: editor, json: { url: `https://quelle.example/${claimId}`, stance: "supports" } });
      expect((await api(`/api/v1/claims/${claimId}/final-verdict`, { cookie: editor, json: { level: "true", rationale, claimVersion: await claimVersion(claimId) } })).status).toBe(201);
    };
    await decide(first.id, "Destatis: 3 Prozent.");
    const token = (await api(`/api/v1/articles/${id}/share-links`, { cookie: editor, json: {} })).body.data.token;
    const pdf = async () => Buffer.from(await (await fetch(`${baseUrl()}/r/${token}/pdf`)).arrayBuffer());
    const once = await pdf();
    // PDFKit writes the moment of rendering into every file: equal bytes are the same render.
    expect((await pdf()).equals(once)).toBe(true);
    await decide(second.id, "VDV: 11 Milliarden.");
    // Asked for at once, new content is rendered once: the others wait for that render (third probe of stop 46).
    const [after, ...together] = await Promise.all([pdf(), pdf(), pdf(), pdf()]);
    expect(after!.equals(once)).toBe(false);
    for (const copy of together) expect(copy.equals(after!)).toBe(true);
    expect((await extractText(new Uint8Array(after!), { mergePages: true })).text).toContain("VDV: 11 Milliarden.");
  });

  // Re-probe of stop 46: a link to 2,000 long verdicts was one 48 MB page, and readers looping on it slowed other teams.
  it("shows a hundred claims a page, with the way to the others and the page's ClaimReviews only", { timeout: 120_000 }, async () => {
    const text = Array.from({ length: 101 }, (_, i) => `Die Stadt baute im Jahr ${1900 + i} genau ${i + 3} Schulen (${Date.now()}).`).join(" ");
    const article = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: "Schulen", text }) });
    const rows = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" } });
    expect(rows.length).toBe(101);
    for (const row of rows) {
      await attachSource({ actor: team.actors.editor, claimId: row.id, input: attachSourceInput.parse({ url: `https://schulen.example/${row.id}`, stance: "supports" }) });
      await finalizeVerdict({ actor: team.actors.editor, claimId: row.id, input: { level: "true", rationale: `Stimmt (${row.position}).`, claimVersion: row.version } });
    }
    const token = (await api(`/api/v1/articles/${article.id}/share-links`, { cookie: editor, json: {} })).body.data.token;
    const first = (await page(token)).replaceAll("<!-- -->", "");
    expect(first).toContain("Behauptungen 1–100 von 101");
    expect(first).toContain(`/r/${token}?page=2`);
    const ld = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    const items = (html: string) => { const value = ld(html); return Array.isArray(value) ? value.length : (value["@graph"]?.length ?? 1); };
    expect(items(first)).toBe(100);
    const second = (await (await fetch(`${baseUrl()}/r/${token}?page=2`)).text()).replaceAll("<!-- -->", "");
    expect(second).toContain("Behauptungen 101–101 von 101");
    expect(items(second)).toBe(1);
    expect((await fetch(`${baseUrl()}/r/${token}?page=junk`)).status).toBe(200);
  });
});

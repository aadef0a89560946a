import { parse } from "csv-parse/sync";
import { extractText } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

let team: TestTeam;
let editor: string;
let outletId: string;
let articleIds: string[];
let claimCount: number;
const outletName = `Testblatt ${Date.now()}`;
const REPEATED = "Die Arbeitslosenquote stieg im März auf 6,3 Prozent.";

beforeAll(async () => {
  team = await createTestTeam("outlets");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  const texts = [
    `${REPEATED} Die Regierung plant 2026 Ausgaben von 480 Milliarden Euro. Laut Statistikamt sanken die Exporte um 4 Prozent.`,
    `Der Minister sagte am Montag, die Inflation liege bei 2,1 Prozent. ${REPEATED} Die Zahl der Insolvenzen stieg um 12 Prozent.`,
  ];
  articleIds = [];
  claimCount = 0;
  for (const [index, text] of texts.entries()) {
    const created = await api("/api/v1/articles", {
      cookie: editor,
      json: { title: `Wirtschaft ${index + 1}: Zahlen`, text, outlet: outletName, publishedAt: index === 0 ? "2026-09-10" : "2026-10-05" },
    });
    expect(created.status).toBe(201);
    articleIds.push(created.body.data.id);
  }
  const article = (await api(`/api/v1/articles/${articleIds[0]}`, { cookie: editor })).body.data;
  outletId = article.outlet.id;
  for (const id of articleIds) claimCount += (await api(`/api/v1/articles/${id}`, { cookie: editor })).body.data.claims.length;
  // Two final verdicts in the first article: one true, one false.
  for (const [index, level] of [[0, "true"], [1, "false"]] as const) {
    const claim = article.claims[index];
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie: editor, json: { url: `https://amt.example/${index}`, stance: "refutes", title: `Amt ${index}` } });
    const final = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: editor, json: { level, rationale: `Begründung ${index}`, claimVersion: claim.version } });
    expect(final.status).toBe(201);
  }
});

describe("outlet overview", () => {
  it("lists the outlet with its articles, credibility and rating", async () => {
    const { status, body } = await api("/api/v1/outlets", { cookie: editor });
    expect(status).toBe(200);
    const outlet = body.data.find((candidate: { id: string }) => candidate.id === outletId);
    // Only the first article has verdicts, so the outlet's score is that article's (its report computes it apart).
    const articleReport = (await api(`/api/v1/articles/${articleIds[0]}/report?format=json`, { cookie: editor })).body;
    expect(outlet).toMatchObject({ name: outletName, articles: 2, reliability: null, credibility: { reviewed: 2, score: articleReport.credibility.score } });
    expect(outlet.credibility.checkworthy).toBeGreaterThan(articleReport.credibility.checkworthy);
  });

  // Walk of stop 35: "walk35 gazette" made a second outlet beside "Walk35 Gazette", and the list sorted by character code.
  it("files an outlet named in other letter case under the one the team has, and sorts names as a reader does", async () => {
    const other = await createTestTeam("outlet-names");
    const cookie = (await signIn(other.emails.editor, TEST_PASSWORD)).cookie!;
    // "%" and "_" are no wildcards: "Walk_Gazette" and "%" are outlets of their own.
    const names = ["Zeitung Zeta", "Ärzteblatt Nord", "SpamWire", "Sächsische Morgenpost", "tagesschau.de", "Walk Gazette", "walk gazette", "Walk_Gazette", "%"];
    const outletIds: string[] = [];
    for (const [index, outlet] of names.entries()) {
      const created = await api("/api/v1/articles", { cookie, json: { title: `Name ${index}`, text: `Die Zahl ${index} stieg 2024 um ${index + 2} Prozent.`, outlet } });
      expect(created.status, created.text).toBe(201);
      outletIds.push((await api(`/api/v1/articles/${created.body.data.id}`, { cookie })).body.data.outlet.id);
    }
    expect(outletIds[6]).toBe(outletIds[5]);
    const listed = (await api("/api/v1/outlets", { cookie })).body.data.map((outlet: { name: string }) => outlet.name);
    expect(new Set(outletIds).size).toBe(names.length - 1);
    expect(listed).toEqual(["%", "Ärzteblatt Nord", "Sächsische Morgenpost", "SpamWire", "tagesschau.de", "Walk Gazette", "Walk_Gazette", "Zeitung Zeta"]);
  });

  // Hostile probe of stop 35: names that read alike made outlets of their own, and parallel imports of one new
  // name in two letter cases made two.
  it("files names that read alike under one outlet, refuses invisible characters, and makes one outlet of a race", async () => {
    const other = await createTestTeam("outlet-lookalikes");
    const cookie = (await signIn(other.emails.editor, TEST_PASSWORD)).cookie!;
    let index = 0;
    const outletOf = async (outlet: string) => {
      index++;
      const created = await api("/api/v1/articles", { cookie, json: { title: `Look-alike ${index}`, text: `Die Zahl ${index} stieg 2024 um ${index + 2} Prozent.`, outlet } });
      expect(created.status, created.text).toBe(201);
      return (await api(`/api/v1/articles/${created.body.data.id}`, { cookie })).body.data.outlet as { id: string; name: string };
    };
    const groups = [
      ["Café Zeitung", "Cafe\u0301 Zeitung", "CAFÉ ZEITUNG"],
      ["Straßenblatt", "STRASSENBLATT", "strassenblatt"],
      ["Fischer Post", "Ｆｉｓｃｈｅｒ Ｐｏｓｔ", "\uFB01scher Post", "Fischer\u00A0Post", "Fischer   Post"],
      ["ΟΔΟΣ Νέα", "οδος νέα", "οδοσ νέα"],
      ["İstanbul Haber", "i\u0307stanbul haber", "ISTANBUL HABER"],
    ];
    for (const [first, ...alike] of groups) {
      const outlet = await outletOf(first!);
      expect(outlet.name).toBe(first);
      for (const name of alike) expect(await outletOf(name), name).toEqual(outlet);
    }
    expect((await api("/api/v1/outlets", { cookie })).body.data).toHaveLength(groups.length);

    for (const invisible of ["Walk\u200BGazette", "Walk\u00ADGazette", "Walk\u2060Gazette", "Walk\u200DGazette", "Walk\uFEFFGazette", "Walk\u{E0100}Gazette"]) {
      const refused = await api("/api/v1/articles", { cookie, json: { title: "Invisible", text: "Die Zahl 99 stieg 2024 um 7 Prozent.", outlet: invisible } });
      expect(refused.status, JSON.stringify(invisible)).toBe(400);
      expect(refused.body.error.message).toBe("The outlet contains control or invisible characters; type it without them.");
    }
    // A Cyrillic "О" among Latin letters made a second "B Outlet" (hostile probe of stop 44); a Cyrillic name stays welcome.
    const mixed = await api("/api/v1/articles", { cookie, json: { title: "Look-alike", text: "Die Zahl 99 stieg 2024 um 7 Prozent.", outlet: "Walk \u041egazette" } });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.message).toBe("The outlet mixes letters of different alphabets in one word (such as a Cyrillic “о” among Latin letters); type each word in one alphabet.");
    const cyrillic = await api("/api/v1/articles", { cookie, json: { title: "Кириллица", text: "Die Zahl 98 stieg 2024 um 6 Prozent.", outlet: "Новая газета Walk" } });
    expect(cyrillic.status, JSON.stringify(cyrillic.body)).toBe(201);

    // Eight imports at once, one new name in four spellings: one outlet.
    const race = `Race Courier ${Date.now()}`;
    const spellings = [race, race.toLowerCase(), race.toUpperCase(), race.normalize("NFD")];
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api("/api/v1/articles", { cookie, json: { title: `Race ${i}`, text: `Im Rennen ${i} stiegen die Preise 2024 um ${i + 3} Prozent.`, outlet: spellings[i % 4] } })),
    );
    for (const response of created) expect(response.status, response.text).toBe(201);
    const outlets = await Promise.all(created.map(async (response) => (await api(`/api/v1/articles/${response.body.data.id}`, { cookie })).body.data.outlet.id));
    expect(new Set(outlets).size).toBe(1);
  });

  it("shows score overall and by month, per-article scores, common verdicts and claims repeated across articles", async () => {
    const { status, body } = await api(`/api/v1/outlets/${outletId}`, { cookie: editor });
    expect(status).toBe(200);
    const data = body.data;
    expect(data.totalArticles).toBe(2);
    expect(data.overall).toMatchObject({ reviewed: 2, distribution: { true: 1, false: 1 } });
    expect(data.months.map((month: { month: string; articles: number }) => [month.month, month.articles])).toEqual([["2026-09", 1], ["2026-10", 1]]);
    expect(data.months[0].credibility.score).toBe(data.overall.score);
    expect(data.months[1].credibility.reviewed).toBe(0);
    expect(data.articles.find((article: { id: string }) => article.id === articleIds[0]).credibility.reviewed).toBe(2);
    const repeated = data.repeated.find((group: { text: string }[]) => group.some((claim) => claim.text.includes("Arbeitslosenquote")));
    expect(repeated).toHaveLength(2);
    expect(new Set(repeated.map((claim: { articleId: string }) => claim.articleId))).toEqual(new Set(articleIds));
    expect(data.repeatedComplete).toBe(true);
    expect(data.legend.find((level: { key: string }) => level.key === "false")).toMatchObject({ color: "#b91c1c" });
  });

  it("lets editors rate the outlet with a rationale, refuses reviewers, stale versions and empty rationales, and keeps the history", async () => {
    const reviewer = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
    const path = `/api/v1/outlets/${outletId}`;
    expect((await api(path, { cookie: reviewer, method: "PATCH", json: { reliability: "low", rationale: "Zahlen oft falsch.", version: 1 } })).status).toBe(403);
    const missing = await api(path, { cookie: editor, method: "PATCH", json: { reliability: "low", version: 1 } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/rationale of at least 10 characters/);
    const rated = await api(path, { cookie: editor, method: "PATCH", json: { reliability: "mixed", rationale: "Zahlen teils falsch wiedergegeben.", version: 1 } });
    expect(rated.status).toBe(200);
    expect(rated.body.data).toMatchObject({ reliability: "mixed", version: 2 });
    const stale = await api(path, { cookie: editor, method: "PATCH", json: { reliability: "high", rationale: "Alles korrekt belegt.", version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.reliability).toBe("mixed");
    const bad = await api(path, { cookie: editor, method: "PATCH", json: { reliability: "excellent", rationale: "x".repeat(20), version: 2 } });
    expect(bad.status).toBe(400);
    const detail = (await api(path, { cookie: editor })).body.data;
    expect(detail.outlet).toMatchObject({ reliability: "mixed", reliabilityRationale: "Zahlen teils falsch wiedergegeben.", reliabilityRater: { name: "editor outlets" } });
    expect(detail.ratingHistory[0].after).toMatchObject({ outletId, reliability: "mixed" });
  });

  it("never shows an outlet to another team", async () => {
    const other = await createRoleTokens(await createTestTeam("outlets-other"));
    expect((await api(`/api/v1/outlets/${outletId}`, { token: other.admin })).status).toBe(404);
    expect((await api(`/api/v1/outlets/${outletId}/report?format=csv`, { token: other.admin })).status).toBe(404);
    expect((await api(`/api/v1/outlets/${outletId}`, { token: other.admin, method: "PATCH", json: { reliability: null, version: 1 } })).status).toBe(404);
    const list = (await api("/api/v1/outlets", { token: other.admin })).body.data;
    expect(list.map((outlet: { id: string }) => outlet.id)).not.toContain(outletId);
  });
});

const outletReport = (query: string) => fetch(`${baseUrl()}/api/v1/outlets/${outletId}/report?${query}`, { headers: { cookie: editor } });

describe("outlet reports", () => {
  it("exports every claim of every article as CSV with one header, parsed back", async () => {
    const response = await outletReport("format=csv&bom=1");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="testblatt-\d+-report\.csv"/);
    const text = await response.text();
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(claimCount);
    expect(new Set(rows.map((row) => row.article_id))).toEqual(new Set(articleIds));
    expect(rows.filter((row) => row.verdict).map((row) => row.verdict).sort()).toEqual(["Falsch", "Richtig"]);
  });

  it("exports ClaimReview JSON-LD, JSON and Markdown for all articles", async () => {
    const reviews = (await (await outletReport("format=claimreview")).json()) as Record<string, any>[];
    expect(reviews).toHaveLength(2);
    expect(reviews.every((review) => review["@type"] === "ClaimReview" && review.reviewRating.bestRating === 5)).toBe(true);
    const json = await (await outletReport("format=json")).json();
    expect(json.outlet).toMatchObject({ name: outletName, credibility: { reviewed: 2 } });
    // The same shape as an article report's organisation (a bare name before: probe of stop 32).
    expect(json.organization).toEqual(json.articles[0].organization);
    expect(json.articles.map((article: { article: { id: string } }) => article.article.id).sort()).toEqual([...articleIds].sort());
    const md = await (await outletReport("format=md")).text();
    expect(md).toMatch(new RegExp(`^# ${outletName}`));
    expect(md).toContain("## Wirtschaft 1: Zahlen");
    expect(md).toContain("#### 1. ");
  });

  it("exports a PDF with a section per article, and refuses a PDF too long to read", async () => {
    const response = await outletReport("format=pdf");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { text } = await extractText(new Uint8Array(await response.arrayBuffer()), { mergePages: true });
    expect(text).toContain(outletName);
    expect(text).toContain("Wirtschaft 1: Zahlen");
    expect(text).toContain("Wirtschaft 2: Zahlen");
    expect(text).toMatch(/Page 1 of \d+|Seite 1 von \d+/);

    // One language throughout, the reader's, with the outlet's own counts and the method (walk of stop 45: an English
    // frame around German verdicts, "1 articles", "check-worthy claims in the article").
    for (const [language, expected] of [
      ["de", ["Faktencheck-Bericht", "2 Artikel", "in den Artikeln des Mediums", "So haben wir geprüft"]],
      ["en", ["Fact-check report", "2 articles", "in the outlet's articles", "How we checked"]],
    ] as const) {
      const localized = await fetch(`${baseUrl()}/api/v1/outlets/${outletId}/report?format=pdf`, { headers: { cookie: editor, "accept-language": language } });
      const pdfText = (await extractText(new Uint8Array(await localized.arrayBuffer()), { mergePages: true })).text.replace(/\s+/g, " ");
      for (const words of expected) expect(pdfText, `${language}: ${words}`).toContain(words);
      expect(pdfText).toMatch(/(Richtig|Falsch): 1/);
      const md = await (await fetch(`${baseUrl()}/api/v1/outlets/${outletId}/report?format=md`, { headers: { cookie: editor, "accept-language": language } })).text();
      // The articles' sections too (re-probe of stop 45: they stayed in the article's language).
      expect(md).toContain(language === "de" ? "### Glaubwürdigkeit" : "### Credibility");
      expect(md).toMatch(language === "de" ? /^# .*\n\n2 Artikel\n\nNoch nicht genug geprüft für einen Wert: 2 von \d+ prüfwürdigen Behauptungen/ : /^# .*\n\n2 articles\n\nNot enough reviewed yet for a score: 2 of \d+ check-worthy claims/);
    }

    const big = await db.outlet.create({ data: { teamId: team.teamId, name: `Großblatt ${Date.now()}` } });
    const article = await db.article.create({ data: { teamId: team.teamId, outletId: big.id, title: "Lang", body: "x", language: "de", contentHash: `big-${Date.now()}` } });
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", "textVersion", start, "end", text, position, language, "updatedAt")
      SELECT uuidv7(), ${team.teamId}::uuid, ${article.id}::uuid, 1, 0, 1, 'x', g, 'de', now() FROM generate_series(1, 2001) g`;
    const refused = await api(`/api/v1/outlets/${big.id}/report?format=pdf`, { cookie: editor });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/limited to 2,000 claims.*has 2,001.*CSV or JSON/);
  });

  it("rejects unknown formats and parameters with a clear message", async () => {
    const wrong = await api(`/api/v1/outlets/${outletId}/report?format=xlsx`, { cookie: editor });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/format must be one of/);
    expect((await api(`/api/v1/outlets/${outletId}/report?claims=${articleIds[0]}`, { cookie: editor })).status).toBe(400);
  });
});

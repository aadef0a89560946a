import { readFileSync } from "node:fs";
import { extractText } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Issue 13: the presets' level descriptions were English only, so German fact-check pages and PDFs
// showed German labels ("Größtenteils richtig") with English descriptions. Presets now carry both
// languages; a team's own levels keep the one description it typed unless it gives a German one.

let team: TestTeam;
let editor: string;
let admin: string;
let germanArticle: string;
let englishArticle: string;

async function articleWithVerdicts(cookie: string, title: string, text: string, levels: string[]) {
  const id = (await api("/api/v1/articles", { cookie, json: { title, text } })).body.data.id as string;
  const claims: { id: string }[] = (await api(`/api/v1/articles/${id}`, { cookie })).body.data.claims;
  expect(claims.length).toBeGreaterThanOrEqual(levels.length);
  for (const [index, level] of levels.entries()) {
    const claim = claims[index]!;
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie, json: { url: `https://quelle.example/${id}/${index}`, stance: "supports", title: `Quelle ${index}` } });
    const version = (await api(`/api/v1/claims/${claim.id}`, { cookie })).body.data.version as number;
    const final = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie, json: { level, rationale: `Begründung ${index}.`, claimVersion: version } });
    expect(final.status, JSON.stringify(final.body)).toBe(201);
  }
  return id;
}

const shareToken = async (cookie: string, articleId: string) =>
  (await api(`/api/v1/articles/${articleId}/share-links`, { cookie, json: {} })).body.data.token as string;

/** The public page as a reader of `language` sees it (React's empty text separators removed). */
const publicPage = async (token: string, language = "en") =>
  (await (await fetch(`${baseUrl()}/r/${token}`, { headers: { "accept-language": language } })).text()).replaceAll("<!-- -->", "");

const pdfText = async (response: Response) => (await extractText(new Uint8Array(await response.arrayBuffer()), { mergePages: true })).text.replace(/\s+/g, " ");
const publicPdf = async (token: string) => pdfText(await fetch(`${baseUrl()}/r/${token}/pdf`));

beforeAll(async () => {
  team = await createTestTeam("level-descriptions");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  admin = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
  germanArticle = await articleWithVerdicts(
    editor,
    "Arbeitsmarkt",
    `Die Arbeitslosenquote lag im Mai bei 6,1 Prozent (${Date.now()}). Der Export stieg 2024 um 12 Prozent auf 1,7 Billionen Euro.`,
    ["mostly-true", "unproven"],
  );
  englishArticle = await articleWithVerdicts(
    editor,
    "Jobs",
    `Unemployment rose to 6.1 percent in May, the statistics office said (${Date.now()}). Exports grew by 12 percent to 1.7 trillion euros in 2024.`,
    ["mostly-true"],
  );
});

describe("rating-level descriptions in the article's language", () => {
  it("a German fact-check page and its PDF describe each level in German, an English one in English", { timeout: 120_000 }, async () => {
    const germanToken = await shareToken(editor, germanArticle);
    for (const reader of ["en", "de"]) {
      const html = await publicPage(germanToken, reader);
      // In the claim (beside its label) and in the method's scale.
      expect(html).toContain("Zutreffend, braucht aber eine Einordnung.");
      expect(html).toContain("Bisher gibt es weder Belege dafür noch dagegen.");
      expect(html).not.toContain("Accurate but needs clarification.");
      expect(html).not.toContain("No evidence either way yet.");
    }
    const germanPdf = await publicPdf(germanToken);
    expect(germanPdf).toContain("Bewertung: Größtenteils richtig Zutreffend, braucht aber eine Einordnung.");
    expect(germanPdf).toContain("Unbelegt: Bisher gibt es weder Belege dafür noch dagegen. (zählt nicht zum Wert)");
    expect(germanPdf).not.toContain("Accurate but needs clarification.");

    const englishToken = await shareToken(editor, englishArticle);
    const english = await publicPage(englishToken, "de");
    expect(english).toContain("Accurate but needs clarification.");
    expect(english).not.toContain("Zutreffend, braucht aber eine Einordnung.");
    expect(await publicPdf(englishToken)).toContain("Unproven: No evidence either way yet. (does not count toward the score)");

    // The exports carry the same description as the page.
    const json = (await api(`/api/v1/articles/${germanArticle}/report?format=json`, { cookie: editor })).body;
    expect(json.claims[0].verdict.description).toBe("Zutreffend, braucht aber eine Einordnung.");
  });

  it("the team's PDF export explains the method like the published PDF: German descriptions, which levels do not count, the score", { timeout: 60_000 }, async () => {
    const response = await fetch(`${baseUrl()}/api/v1/articles/${germanArticle}/report?format=pdf`, { headers: { cookie: editor } });
    expect(response.status).toBe(200);
    const text = await pdfText(response);
    expect(text).toContain("So haben wir geprüft");
    expect(text).toContain("Größtenteils richtig: Zutreffend, braucht aber eine Einordnung.");
    // "Unproven" is named as not counting, and the score is the "mostly true" claim alone (75, where
    // counting "unproven" as the middle of the scale would give about 62).
    expect(text).toContain("Unbelegt: Bisher gibt es weder Belege dafür noch dagegen. (zählt nicht zum Wert)");
    expect(text).toContain("Glaubwürdigkeit: 75/100 (Spanne 75–75)");
    expect(text).toContain("Stufen ohne Wahrheitsaussage bleiben außen vor.");
  });

  it("a team's own levels keep the description it typed, in German only when it gives one", { timeout: 60_000 }, async () => {
    const own = await createTestTeam("level-descriptions-own");
    const ownAdmin = (await signIn(own.emails.admin, TEST_PASSWORD)).cookie!;
    const scale = (await api("/api/v1/rating-scale", { cookie: ownAdmin })).body.data;
    const levels = [
      { key: "stimmt", labelEn: "Correct", labelDe: "Stimmt", description: "Matches the official statistics.", descriptionDe: "Deckt sich mit der amtlichen Statistik.", color: "#15803d", value: 2, credibility: "true_ish" },
      { key: "stimmt-nicht", labelEn: "Wrong", labelDe: "Stimmt nicht", description: "Widerspricht den Zahlen.", color: "#b91c1c", value: 1, credibility: "false_ish" },
    ];
    const put = await api("/api/v1/rating-scale", { method: "PUT", cookie: ownAdmin, json: { version: scale.version, name: "Eigene Skala", levels } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.data.levels[1]).toMatchObject({ description: "Widerspricht den Zahlen.", descriptionDe: "" });
    const articleId = await articleWithVerdicts(
      ownAdmin,
      "Eigene",
      `Die Arbeitslosenquote lag im Mai bei 6,1 Prozent (${Date.now()}). Der Export stieg 2024 um 12 Prozent auf 1,7 Billionen Euro.`,
      ["stimmt", "stimmt-nicht"],
    );
    const html = await publicPage(await shareToken(ownAdmin, articleId));
    expect(html).toContain("Deckt sich mit der amtlichen Statistik.");
    expect(html).not.toContain("Matches the official statistics.");
    expect(html).toContain("Widerspricht den Zahlen.");
    const tooLong = await api("/api/v1/rating-scale", { method: "PUT", cookie: ownAdmin, json: { version: put.body.data.version, levels: [{ ...levels[0], descriptionDe: "x".repeat(501) }, levels[1]] } });
    expect(tooLong.status).toBe(400);
    // Re-probe of stop 34: published with every verdict, labels and descriptions took direction overrides and escapes.
    for (const change of [{ labelEn: "True \u202eeslaf" }, { descriptionDe: "Klingel\u0007" }, { labelDe: "Wahr\u001b[31m" }]) {
      const refused = await api("/api/v1/rating-scale", { method: "PUT", cookie: ownAdmin, json: { version: put.body.data.version, levels: [{ ...levels[0], ...change }, levels[1]] } });
      expect(refused.status, JSON.stringify(change)).toBe(400);
    }
    const named = await api("/api/v1/rating-scale", { method: "PUT", cookie: ownAdmin, json: { version: put.body.data.version, name: "Skala\u202e", levels } });
    expect(named.status).toBe(400);
    // Hostile probe of stop 41: a scale of "not rated" levels only was accepted; no verdict would ever count.
    const ratesNothing = levels.map((level) => ({ ...level, credibility: "not_rated" }));
    const unrated = await api("/api/v1/rating-scale", { method: "PUT", cookie: ownAdmin, json: { version: put.body.data.version, levels: ratesNothing }, headers: { "accept-language": "de" } });
    expect(unrated.status).toBe(400);
    expect(unrated.body.error.message).toContain("Mindestens eine Stufe muss eine Behauptung bewerten");
    // One counting value is no range from worst to best: every article stayed "not enough reviewed" (left open in stop 42).
    const oneValue = levels.map((level, i) => ({ ...level, credibility: i === 0 ? "true_ish" : "not_rated" }));
    const rangeless = await api("/api/v1/rating-scale", { method: "PUT", cookie: ownAdmin, json: { version: put.body.data.version, levels: oneValue } });
    expect(rangeless.status).toBe(400);
    expect(rangeless.body.error.message).toBe("The levels that rate a claim need at least two different values, the worst and the best.");
    const sameValues = levels.map((level) => ({ ...level, value: 50 }));
    expect((await api("/api/v1/rating-scale", { method: "PUT", cookie: ownAdmin, json: { version: put.body.data.version, levels: sameValues } })).status).toBe(400);
    expect((await api("/api/v1/rating-scale", { cookie: ownAdmin })).body.data.version).toBe(put.body.data.version);
  });

  it("the migration gives existing preset levels their German description and leaves the team's own wording alone", async () => {
    const migration = readFileSync("prisma/migrations/20261201053418_bilingual_level_descriptions/migration.sql", "utf8");
    const updates = migration.replace(/--.*$/gm, "").split(";").map((statement) => statement.trim()).filter((statement) => statement.startsWith("UPDATE"));
    expect(updates.length).toBeGreaterThan(20);

    // Levels as scales made before the change stored them: the default preset with English descriptions
    // only, PolitiFact with none, and one default level whose description the team rewrote.
    const old = await createTestTeam("level-descriptions-old");
    const oldAdmin = (await signIn(old.emails.admin, TEST_PASSWORD)).cookie!;
    const defaultScale = (await api("/api/v1/rating-scale", { cookie: oldAdmin })).body.data;
    await db.ratingLevel.updateMany({ where: { scaleId: defaultScale.id }, data: { descriptionDe: "" } });
    await db.ratingLevel.update({ where: { scaleId_key: { scaleId: defaultScale.id, key: "false" } }, data: { description: "Our own wording." } });
    const politifact = (await api("/api/v1/rating-scale", { method: "PUT", cookie: oldAdmin, json: { version: defaultScale.version, preset: "politifact" } })).body.data;
    await db.ratingLevel.updateMany({ where: { scaleId: politifact.id }, data: { description: "", descriptionDe: "" } });

    for (const statement of updates) await db.$executeRawUnsafe(statement);

    const level = (scaleId: string, key: string) => db.ratingLevel.findUniqueOrThrow({ where: { scaleId_key: { scaleId, key } } });
    expect(await level(defaultScale.id, "mostly-true")).toMatchObject({ description: "Accurate but needs clarification.", descriptionDe: "Zutreffend, braucht aber eine Einordnung." });
    expect(await level(defaultScale.id, "false")).toMatchObject({ description: "Our own wording.", descriptionDe: "" });
    expect(await level(politifact.id, "pants-on-fire")).toMatchObject({ description: "False, and absurd on its face.", descriptionDe: "Falsch und offensichtlich abwegig." });
  });
});

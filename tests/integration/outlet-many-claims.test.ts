import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { createArticleInput } from "@/lib/validations/article";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// An outlet holding one article of 5,000 near-identical sentences (imported on purpose from a spam site):
// the search for claims repeated across articles compared each claim with every similar one and the
// outlet page and GET /api/v1/outlets/{id} never answered (hostile probe of stop 30, with 42,000 claims).
// The search now finds word-for-word copies in one pass, then compares similar wording until its time
// budget runs out, keeps what it found and says that it is incomplete.

const REPEATED = "Die Arbeitslosenquote stieg im März auf 6,3 Prozent.";
const SPAM_LIKE = "Die Regierung senkte die Steuern im Bezirk 7 um 8 Prozent.";
let team: TestTeam;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let outletId: string;
const smallIds: string[] = [];

beforeAll(async () => {
  team = await createTestTeam("outlet-many");
  tokens = await createRoleTokens(team);
  const small = async (title: string, text: string) =>
    (await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title, text, outlet: "Spam Outlet" }) })).id;
  // Two older articles repeat a claim word for word: the search compares the newest articles first and
  // runs out of time in the spam article before it reaches them, so only the pass over copies finds them.
  for (const title of ["Kurz 1", "Kurz 2"]) smallIds.push(await small(title, `${REPEATED} Das meldete die Agentur in ${title}.`));
  const sentences = Array.from({ length: 5000 }, (_, i) => `Die Regierung senkte die Steuern im Bezirk ${i} um ${(i % 90) + 1} Prozent.`);
  await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: "Spam", text: sentences.join(" "), outlet: "Spam Outlet" }) });
  // Twelve newer articles copy one of the spam article's sentences: one group of thirteen articles.
  for (let i = 3; i <= 14; i++) await small(`Kurz ${i}`, `${SPAM_LIKE} Meldung ${i} der Agentur.`);
  outletId = (await db.outlet.findFirstOrThrow({ where: { teamId: team.teamId, name: "Spam Outlet" } })).id;
  expect(await db.claim.count({ where: { teamId: team.teamId, article: { outletId } } })).toBeGreaterThanOrEqual(5000);
}, 180_000);

describe("an outlet with a 5,000-claim article", () => {
  it("answers over the API with the repeats found in time, marked incomplete", async () => {
    const response = await api(`/api/v1/outlets/${outletId}`, { token: tokens.viewer });
    expect(response.status).toBe(200);
    const data = response.body.data;
    expect(data.totalArticles).toBe(15);
    const group = data.repeated.find((claims: { text: string }[]) => claims.some((claim) => claim.text === REPEATED));
    expect(new Set(group.map((claim: { articleId: string }) => claim.articleId))).toEqual(new Set(smallIds));
    const spamLike = data.repeated.find((claims: { text: string }[]) => claims.some((claim) => claim.text === SPAM_LIKE));
    expect(new Set(spamLike.map((claim: { articleId: string }) => claim.articleId)).size).toBe(13);
    // Worded alike but with other figures ("Bezirk 8 um 9 Prozent"): another claim, in no group with it.
    expect(spamLike.every((claim: { text: string }) => claim.text === SPAM_LIKE)).toBe(true);
    // Comparing 5,000 near-identical claims takes many times the two-second budget on any machine.
    expect(data.repeatedComplete).toBe(false);
  });

  it("renders the outlet page with a note that repeats may be missing, in English and German", async () => {
    const { cookie } = await signIn(team.emails.viewer, TEST_PASSWORD);
    for (const [locale, note] of [["en", "stopped before it had compared every claim"], ["de", "endete, bevor sie alle Behauptungen"]]) {
      const page = await fetch(`${baseUrl()}/outlets/${outletId}`, { headers: { cookie: `${cookie}; factdesk-locale=${locale}` } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(note);
      expect(html).toContain(REPEATED);
      // The claim copied into thirteen articles: the group lists ten of its claims and counts the rest.
      expect(html).toContain(locale === "en" ? "In 13 articles" : "In 13 Artikeln");
      expect(html).toMatch(locale === "en" ? /and \d+ more claims/ : /und \d+ weitere Behauptungen/);
      // The spam article's count in the article table, formatted for the reader (the walk saw "42916").
      expect(html).toContain(locale === "en" ? ">5,000</td>" : ">5.000</td>");
    }
  });

  it("answers twelve loads at once, each with the copies found; past two similarity searches at once, the rest skip theirs", async () => {
    const other = await createRoleTokens(await createTestTeam("outlet-many-bystander"));
    const loads = Array.from({ length: 12 }, () => api(`/api/v1/outlets/${outletId}`, { token: tokens.viewer }));
    // Another team's reads go on beside them (their speed is measured by bench:load, not here).
    expect((await api("/api/v1/articles", { token: other.viewer })).status).toBe(200);
    for (const load of await Promise.all(loads)) {
      expect(load.status).toBe(200);
      expect(load.body.data.repeatedComplete).toBe(false);
      const group = load.body.data.repeated.find((claims: { text: string }[]) => claims.some((claim) => claim.text === REPEATED));
      expect(group).toHaveLength(2);
    }
  });

  // Walk of stop 32: in a team of 300,000 claims, an outlet of 13 claims was reported as "too many to compare":
  // each claim's look-up in the team's index took seconds. A small outlet compares its own claims directly.
  it("compares a small outlet's claims in full, in the same team as the spam article", async () => {
    const local = async (title: string, text: string) =>
      (await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title, text, outlet: "Lokalblatt" }) })).id;
    const first = await local("Lokal 1", "Die Kita-Gebühren in Leipzig steigen im August um 12 Prozent. Der Stadtrat tagt am Donnerstag.");
    const second = await local("Lokal 2", "Wie berichtet steigen die Kita-Gebühren in Leipzig im August um 12 Prozent. Eltern protestieren.");
    const localId = (await db.outlet.findFirstOrThrow({ where: { teamId: team.teamId, name: "Lokalblatt" } })).id;
    const { body } = await api(`/api/v1/outlets/${localId}`, { token: tokens.viewer });
    expect(body.data.repeatedComplete).toBe(true);
    expect(body.data.repeated).toHaveLength(1);
    expect(new Set(body.data.repeated[0].map((claim: { articleId: string }) => claim.articleId))).toEqual(new Set([first, second]));
  });

  it("stays another team's 404", async () => {
    const other = await createRoleTokens(await createTestTeam("outlet-many-other"));
    expect((await api(`/api/v1/outlets/${outletId}`, { token: other.admin })).status).toBe(404);
  });
});

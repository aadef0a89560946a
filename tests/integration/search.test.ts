import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { db } from "@/lib/server/db/client";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

let team: TestTeam;
let other: TestTeam;
let cookie: string;
const ids: Record<string, string> = {};

const importText = (t: TestTeam, title: string, text: string, extra: Record<string, unknown> = {}) =>
  createArticle({ actor: t.actors.editor, input: createArticleInput.parse({ title, text, ...extra }) });

beforeAll(async () => {
  team = await createTestTeam("search");
  other = await createTestTeam("search-other");
  cookie = (await signIn(team.emails.viewer, TEST_PASSWORD)).cookie!;
  ids.de = (await importText(team, "Steuerreform", "Die Bundesregierung senkte 2024 die Steuern für Familien um 4 Prozent.", { outlet: "Tagesblatt", publishedAt: "2024-03-01" })).id;
  ids.en = (await importText(team, "Tax cuts", "The government cut taxes for families by 4 percent in 2024.", { language: "en", publishedAt: "2025-01-10" })).id;
  await importText(other, "Fremd", "Die Bundesregierung senkte 2024 die Steuern für Familien um 4 Prozent. Anderes Team.");
});

const find = (query: string) => api(`/api/v1/search?${query}`, { cookie });

describe("search", () => {
  // Walk of stop 46: the page listed every claim without words or filters, with no heading and no count.
  it("says on its page what the list is: everything newest first, or how many results", async () => {
    const page = async (query: string) => (await api(`/search${query}`, { cookie, headers: { "accept-language": "en" } })).text.replaceAll("<!-- -->", "");
    expect(await page("")).toContain("Everything, newest first");
    expect(await page("?q=Steuern")).toMatch(/\d+ results?, newest first/);

  });

  it("matches word forms with the article's language (German and English stemming), only in the team", async () => {
    const german = await find("q=Steuer");
    expect(german.status).toBe(200);
    expect(german.body.data.map((hit: { articleId: string }) => hit.articleId)).toEqual([ids.de]);
    const { snippet, highlights } = german.body.data[0] as { snippet: string; highlights: [number, number][] };
    expect(highlights.map(([start, end]) => snippet.slice(start, end))).toContain("Steuern");
    const english = await find("q=tax");
    expect(english.body.data.map((hit: { articleId: string }) => hit.articleId)).toEqual([ids.en]);
    const articles = await find("type=articles&q=Steuerreform");
    expect(articles.body.data.map((hit: { id: string }) => hit.id)).toEqual([ids.de]);
  });

  // Probe of stop 34: punctuation or stop words alone scanned every claim of the team to find none.
  it("answers a query without a searchable word with no hits, in both types", async () => {
    for (const q of ["*", "!", "%25", "_", "the", "der", "%22%22"]) {
      for (const type of ["claims", "articles"]) {
        const found = await find(`type=${type}&q=${q}`);
        expect(found.status, `${type} ${q}`).toBe(200);
        expect(found.body, `${type} ${q}`).toMatchObject({ data: [], page: { nextCursor: null } });
      }
    }
    expect((await find("q=Steuern")).body.data).toHaveLength(1);
  });

  it("finds German compounds by the word they start with (walk of stop 32: 'Pflege' found no 'Pflegestellen')", async () => {
    const own = await createTestTeam("search-compounds");
    const care = (await importText(own, "Sachsen schafft 2.000 Pflegestellen", "Die Pflegekräfte in Sachsen bekommen Verstärkung: 2.000 neue Stellen entstehen bis 2027.")).id;
    const other = (await importText(own, "Kita-Gebühren steigen", "Die Kita-Gebühren in Leipzig steigen im August um 12 Prozent.")).id;
    const ownCookie = (await signIn(own.emails.viewer, TEST_PASSWORD)).cookie!;
    const articles = async (q: string) => ((await api(`/api/v1/search?type=articles&q=${encodeURIComponent(q)}`, { cookie: ownCookie })).body.data as { id: string }[]).map((hit) => hit.id);
    expect(await articles("Pflege")).toEqual([care]);
    expect(await articles("Pflege Sachsen")).toEqual([care]);
    expect(await articles("Gebühr")).toEqual([other]);
    // Search syntax is kept as typed: a minus excludes, quotes ask for the words in a row.
    expect(await articles("Sachsen -Pflegekräfte")).toEqual([]);
    expect(await articles('"Kita-Gebühren in Leipzig"')).toEqual([other]);
    const claims = ((await api("/api/v1/search?q=Pflege", { cookie: ownCookie })).body.data as { articleId: string }[]).map((hit) => hit.articleId);
    expect(claims).toContain(care);
  });

  // Probe of stop 32: hits were marked with « », which a quotation in the text also uses.
  it("gives a snippet as plain text with the hits' offsets, a quotation's own guillemets left as they are", async () => {
    const own = await createTestTeam("search-guillemets");
    const id = (await importText(own, "Mieten in Zürich", "Der Stadtrat von Zürich sagte «Die Mieten sind 2024 um 12 Prozent gestiegen», teilte das Statistikamt mit.")).id;
    const ownCookie = (await signIn(own.emails.viewer, TEST_PASSWORD)).cookie!;
    const [hit] = (await api("/api/v1/search?type=articles&q=Stadtrat", { cookie: ownCookie })).body.data as { id: string; snippet: string; highlights: [number, number][] }[];
    expect(hit!.id).toBe(id);
    expect(hit!.snippet).toContain("Stadtrat von Zürich sagte «Die Mieten sind 2024 um 12 Prozent gestiegen»");
    expect(hit!.highlights.map(([start, end]) => hit!.snippet.slice(start, end))).toEqual(["Stadtrat"]);
  });

  it("shows a claim of a sentence or two whole in its snippet, figures and all (walk of stop 36)", async () => {
    const own = await createTestTeam("search-whole-claim");
    const sentence = "Saisonbereinigt erhöhte sich die Zahl der Arbeitslosen im Land Bremen nach Angaben der Bundesagentur für Arbeit im Oktober um 5.000.";
    await importText(own, "Arbeitsmarkt", sentence);
    const ownCookie = (await signIn(own.emails.viewer, TEST_PASSWORD)).cookie!;
    const [hit] = (await api("/api/v1/search?q=Arbeitslosen", { cookie: ownCookie })).body.data as { snippet: string; highlights: [number, number][] }[];
    expect(hit!.snippet).toBe(sentence);
    expect(hit!.highlights.map(([start, end]) => hit!.snippet.slice(start, end))).toEqual(["Arbeitslosen"]);
  });

  it("shows an article's snippet from after its headline when the text opens with it (walk of stop 31)", async () => {
    const own = await createTestTeam("search-headline");
    const id = (await importText(own, "Hafenstreik legt Hamburg lahm", "Hafenstreik legt Hamburg lahm\n\nDer Hafenstreik dauert seit Montag an, 300 Schiffe warten vor der Elbe.")).id;
    const ownCookie = (await signIn(own.emails.viewer, TEST_PASSWORD)).cookie!;
    const hits = (await api("/api/v1/search?type=articles&q=Hafenstreik", { cookie: ownCookie })).body.data as { id: string; snippet: string; highlights: [number, number][] }[];
    expect(hits.map((candidate) => candidate.id)).toEqual([id]);
    const hit = hits[0]!;
    expect(hit.snippet).toContain("Hafenstreik dauert seit Montag an");
    expect(hit.snippet).not.toContain("lahm");
  });

  it("filters by status, assignee, verdict, check-worthiness, outlet, language and date", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: ids.de } });
    await updateClaim({ actor: team.actors.editor, id: claim.id, input: { version: claim.version, status: "in_review", assigneeId: team.actors.reviewer.userId } });
    const hits = async (query: string) => (await find(query)).body.data.map((hit: { id: string }) => hit.id);
    expect(await hits("status=in_review")).toEqual([claim.id]);
    expect(await hits(`assignee=${team.actors.reviewer.userId}`)).toEqual([claim.id]);
    expect(await hits("assignee=none")).not.toContain(claim.id);
    expect(await hits("verdict=none")).toContain(claim.id);
    expect(await hits("verdict=false")).toEqual([]);
    expect(await hits("minCheckworthiness=1")).toEqual([]);
    const outlet = await db.outlet.findFirstOrThrow({ where: { teamId: team.teamId, name: "Tagesblatt" } });
    expect(await hits(`outlet=${outlet.id}`)).toEqual([claim.id]);
    expect((await hits("language=en")).length).toBe(1);
    expect(await hits("from=2024-03-01&to=2024-03-01")).toEqual([claim.id]);
    expect((await find("type=articles&from=2025-01-01")).body.data.map((hit: { id: string }) => hit.id)).toEqual([ids.en]);
  });

  it("pages newest first with a cursor and refuses malformed parameters", async () => {
    const first = await find("limit=1");
    expect(first.body.data).toHaveLength(1);
    const second = await find(`limit=1&after=${first.body.page.nextCursor}`);
    expect(second.body.data[0].id < first.body.data[0].id).toBe(true);
    for (const bad of ["status=done", "limit=0", "after=nope", "minCheckworthiness=2", "type=people", "unknown=1"]) {
      const response = await find(bad);
      expect(response.status, bad).toBe(400);
    }
    expect((await find("q=%22unbalanced")).status).toBe(200);
  });

  // Re-walk of stop 46: the list showed only the engine's estimate where the desk had decided otherwise. (Last: it changes a claim.)
  it("says in its list where the desk's check-worthy switch overrules the engine", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: ids.de } });
    await db.claim.update({ where: { id: claim.id }, data: { checkworthy: false, checkworthiness: 0.9 } });
    const html = (await api("/search?q=Steuern", { cookie, headers: { "accept-language": "en" } })).text.replaceAll("<!-- -->", "");
    expect(html).toContain("engine: 90%, the desk decided otherwise");
  });
});

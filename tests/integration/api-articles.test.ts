import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

let team: TestTeam;
let other: TestTeam;
let tokens: Record<string, string>;

beforeAll(async () => {
  team = await createTestTeam("api");
  other = await createTestTeam("api-other");
  tokens = await createRoleTokens(team);
});

const article = (text: string, extra: Record<string, unknown> = {}) => ({ title: "API article", text, ...extra });

describe("authentication", () => {
  it("answers 401 in the JSON error shape without a session or token", async () => {
    const response = await api("/api/v1/articles");
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String), requestId: expect.any(String) } });
  });

  it("answers 401 for an unknown bearer token", async () => {
    expect((await api("/api/v1/articles", { token: "fdk_forged" })).status).toBe(401);
  });

  it("accepts a session cookie from the sign-in endpoint", async () => {
    const { cookie } = await signIn(team.emails.viewer, TEST_PASSWORD);
    expect(cookie).toBeTruthy();
    expect((await api("/api/v1/articles", { cookie })).status).toBe(200);
  });

  it("turns away a disabled member on their very next request", async () => {
    const disabled = await createTestTeam("api-disabled");
    const { cookie } = await signIn(disabled.emails.reviewer, TEST_PASSWORD);
    expect((await api("/api/v1/articles", { cookie })).status).toBe(200);
    await db.membership.updateMany({
      where: { userId: disabled.actors.reviewer.userId },
      data: { disabledAt: new Date() },
    });
    expect((await api("/api/v1/articles", { cookie })).status).toBe(401);
  });

  it("applies a changed role on the very next request", async () => {
    const changing = await createTestTeam("api-role");
    const { cookie } = await signIn(changing.emails.viewer, TEST_PASSWORD);
    const post = () => api("/api/v1/articles", { cookie, json: article(`Role change ${Math.random()}`) });
    expect((await post()).status).toBe(403);
    await db.membership.updateMany({ where: { userId: changing.actors.viewer.userId }, data: { role: "editor" } });
    expect((await post()).status).toBe(201);
  });
});

describe("POST /api/v1/articles", () => {
  it("creates an article for editors and admins and refuses reviewers and viewers with 403", async () => {
    for (const role of ["editor", "admin"]) {
      const created = await api("/api/v1/articles", { token: tokens[role], json: article(`Created by ${role} token.`) });
      expect(created.status).toBe(201);
      expect(created.body.data).toMatchObject({ id: expect.any(String), language: "en" });
    }
    for (const role of ["reviewer", "viewer"]) {
      const refused = await api("/api/v1/articles", { token: tokens[role], json: article(`Refused ${role}.`) });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe("FORBIDDEN");
    }
  });

  it("names the field and the reason for invalid input", async () => {
    const cases: [unknown, string][] = [
      [{ text: "No title" }, "title"],
      [{ title: "x", text: "   " }, "text"],
      [{ title: "x", text: "y", url: "javascript:alert(1)" }, "url"],
      [{ title: "x", text: "y", language: "fr" }, "language"],
      [{ title: "x", text: "y", publishedAt: "yesterday" }, "publishedAt"],
      [{ title: 42, text: "y" }, "title"],
      [{ title: "x", text: "nul\u0000byte" }, "text"],
      // Nothing visible: spaces with zero-width characters and a direction override (probe of stop 26).
      [{ title: "x", text: " \u200b\u200d \u202e\ufeff\n" }, "text"],
      [{ title: "\u200b\u200b", text: "y" }, "title"],
    ];
    for (const [body, field] of cases) {
      const response = await api("/api/v1/articles", { token: tokens.editor, json: body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("INVALID_INPUT");
      expect(response.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    // A missing field is called missing, not "must be text".
    const missing = await api("/api/v1/articles", { token: tokens.editor, json: { title: "No text" } });
    expect(missing.body.error.details).toContainEqual({ field: "text", message: "The text is missing." });
  });

  it("explains a bad page size and names an unknown query parameter (probe findings)", async () => {
    for (const limit of ["0", "101", "1.5", "abc", "0x3", "%2B3", "3.0", "-1", "1e3"]) {
      const response = await api(`/api/v1/articles?limit=${limit}`, { token: tokens.viewer });
      expect(response.status, limit).toBe(400);
      expect(response.body.error.message).toBe("The page size must be a whole number from 1 to 100.");
    }
    // Blank means the default here as on /search and the feed.
    expect((await api("/api/v1/articles?limit=", { token: tokens.viewer })).status).toBe(200);
    const unknown = await api("/api/v1/articles?colour=red&size=xl", { token: tokens.viewer });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(["colour", "size"]);
  });

  it("refuses unknown fields, malformed JSON, invalid UTF-8 and non-JSON bodies with 4xx", async () => {
    const extra = await api("/api/v1/articles", { token: tokens.editor, json: article("Extra field.", { admin: true }) });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toContain("admin");

    // Nesting: 32 levels (the limit) reach validation, 33 and 100,000 are refused before parsing (probe finding).
    const nested = (depth: number) => api("/api/v1/articles", { token: tokens.editor, body: `${"[".repeat(depth)}${"]".repeat(depth)}`, headers: { "content-type": "application/json" } });
    expect((await nested(32)).status).toBe(400);
    for (const depth of [33, 100_000]) {
      const deep = await nested(depth);
      expect(deep.status).toBe(422);
      expect(deep.body.error.message).toBe("The request body is nested more than 32 levels deep; no request to this API needs more than a few.");
    }
    // Brackets inside a string do not count.
    expect((await api("/api/v1/articles", { token: tokens.editor, json: article(`Klammern ${Date.now()}: Die Steuer stieg um 2 Prozent.`, { title: "[".repeat(100) }) })).status).toBe(201);

    const malformed = await api("/api/v1/articles", { token: tokens.editor, body: "{\"title\":", headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);

    // A field named twice: JSON.parse kept the last, where a filter in front may read the first (hostile probe of stop 47).
    const text = `Doppelt ${Date.now()}: Die Steuer stieg um 2 Prozent.`;
    const twice = await api("/api/v1/articles", { token: tokens.editor, body: `{"title":"Eins","text":${JSON.stringify(text)},"title":"Zwei"}`, headers: { "content-type": "application/json" } });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toBe('The field "title" is given more than once.');

    const badUtf8 = await api("/api/v1/articles", {
      token: tokens.editor,
      body: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      headers: { "content-type": "application/json" },
    });
    expect(badUtf8.status).toBe(400);
    expect(badUtf8.body.error.message).toContain("UTF-8");

    const form = await api("/api/v1/articles", { token: tokens.editor, body: "title=x", headers: { "content-type": "text/plain" } });
    expect(form.status).toBe(415);
  });

  it("answers 413 for a body over the 2 MB limit and stores nothing", async () => {
    const before = await db.article.count({ where: { teamId: team.teamId } });
    const response = await api("/api/v1/articles", { token: tokens.editor, json: article("x".repeat(2 * 1024 * 1024 + 10)) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await db.article.count({ where: { teamId: team.teamId } })).toBe(before);
  });

  it("answers 409 with the existing article for a duplicate text", async () => {
    const text = "Laut dem russischen Energieminister ist Indien der zweitgrößte Abnehmer.";
    const first = await api("/api/v1/articles", { token: tokens.editor, json: article(text) });
    const second = await api("/api/v1/articles", { token: tokens.admin, json: article(`${text}\n`) });
    expect(second.status).toBe(409);
    expect(second.body.error.details.articleId).toBe(first.body.data.id);
  });

  it("refuses cross-site writes made with a session cookie", async () => {
    const { cookie } = await signIn(team.emails.editor, TEST_PASSWORD);
    const response = await api("/api/v1/articles", {
      cookie,
      json: article("Cross-site attempt."),
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(response.status).toBe(403);
    const sameSite = await api("/api/v1/articles", { cookie, json: article("Same-site post."), headers: { origin: baseUrl() } });
    expect(sameSite.status).toBe(201);
  });
});

describe("GET /api/v1/articles and /api/v1/articles/{id}", () => {
  it("returns the article with its claims, and 404 for another team's or an unknown id", async () => {
    const created = await api("/api/v1/articles", {
      token: tokens.editor,
      json: article("The ministry said 40 jets were delivered in 2024.", { url: "https://example.org/story", outlet: "Example Times", publishedAt: "2025-06-26T09:30:00Z" }),
    });
    const id = created.body.data.id;
    const found = await api(`/api/v1/articles/${id}`, { token: tokens.viewer });
    expect(found.status).toBe(200);
    expect(found.body.data).toMatchObject({
      id,
      body: "The ministry said 40 jets were delivered in 2024.",
      sourceUrl: "https://example.org/story",
      outlet: { name: "Example Times" },
      publishedAt: "2025-06-26T09:30:00.000Z",
      claims: [{ text: "The ministry said 40 jets were delivered in 2024.", start: 0, kind: "claim", checkworthy: true }],
    });
    expect(found.body.data.contentHash).toBeUndefined();

    const otherToken = (await createApiToken({ actor: other.actors.admin, input: { name: "other", role: "admin" } })).secret;
    const foreign = await api(`/api/v1/articles/${id}`, { token: otherToken });
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain("40 jets");
    expect((await api("/api/v1/articles/00000000-0000-7000-8000-000000000000", { token: tokens.viewer })).status).toBe(404);
    expect((await api("/api/v1/articles/not-a-uuid", { token: tokens.viewer })).status).toBe(404);
  });

  it("pages with limit and cursor and validates the query", async () => {
    const page = await api("/api/v1/articles?limit=1", { token: tokens.viewer });
    expect(page.status).toBe(200);
    expect(page.body.data).toHaveLength(1);
    const newest = page.body.data[0];
    expect(newest.claimCount).toBe(await db.claim.count({ where: { articleId: newest.id } }));
    const next = await api(`/api/v1/articles?limit=1&after=${page.body.page.nextCursor}`, { token: tokens.viewer });
    expect(next.body.data[0].id).not.toBe(page.body.data[0].id);
    expect((await api("/api/v1/articles?limit=1000", { token: tokens.viewer })).status).toBe(400);
    expect((await api("/api/v1/articles?after=garbage", { token: tokens.viewer })).status).toBe(400);
  });

  it("filters by outlet and language across pages, and refuses another team's outlet as not found", async () => {
    const filtering = await createTestTeam("api-filter");
    const token = (await createRoleTokens(filtering)).viewer;
    const stamp = Date.now();
    const make = (title: string, text: string, url: string) => createArticle({ actor: filtering.actors.editor, input: { title, text, url } });
    const [deA1, enA, deA2] = [
      await make("A de 1", `Die Regierung hat am Montag 20 Milliarden Euro für Schienen bewilligt ${stamp}.`, "https://a.example/1"),
      await make("A en", `The government approved 20 billion euros for railways on Monday ${stamp}.`, "https://a.example/2"),
      await make("A de 2", `Der Bund gibt in diesem Jahr 12 Prozent mehr für Bildung aus ${stamp}.`, "https://a.example/3"),
    ];
    await make("B de", `Die Stadt baut 300 neue Wohnungen am Hafen ${stamp}.`, "https://b.example/1");
    const outletA = (await db.article.findUniqueOrThrow({ where: { id: deA1.id } })).outletId!;
    const first = await api(`/api/v1/articles?limit=1&outlet=${outletA}&language=de`, { token });
    expect(first.status).toBe(200);
    expect(first.body.data.map((a: { id: string }) => a.id)).toEqual([deA2.id]);
    expect(first.body.filter).toEqual({ outlet: { id: outletA, name: "a.example" }, language: "de" });
    const second = await api(`/api/v1/articles?limit=1&outlet=${outletA}&language=de&after=${first.body.page.nextCursor}`, { token });
    expect(second.body.data.map((a: { id: string }) => a.id)).toEqual([deA1.id]);
    expect(second.body.page.nextCursor).toBeNull();
    const english = await api(`/api/v1/articles?language=en`, { token });
    expect(english.body.data.map((a: { id: string }) => a.id)).toEqual([enA.id]);
    // An empty value (the list form's "all") is no filter.
    expect((await api(`/api/v1/articles?outlet=&language=`, { token })).body.data).toHaveLength(4);
    const foreignArticle = await createArticle({ actor: other.actors.editor, input: { title: "C", text: `Elsewhere ${stamp}.`, url: "https://a.example/9" } });
    const otherOutlet = (await db.article.findUniqueOrThrow({ where: { id: foreignArticle.id } })).outletId!;
    const foreign = await api(`/api/v1/articles?outlet=${otherOutlet}`, { token });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message).toMatch(/outlet/i);
    const bad = await api(`/api/v1/articles?outlet=nope&language=fr`, { token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/outlet must be given by its id|Language must be/);
  });

  it("only ever lists the caller's own team", async () => {
    await createArticle({ actor: other.actors.editor, input: { title: "Foreign", text: `Foreign ${Date.now()}` } });
    const mine = await api("/api/v1/articles?limit=100", { token: tokens.viewer });
    const ids = new Set(mine.body.data.map((a: { id: string }) => a.id));
    const foreignIds = (await db.article.findMany({ where: { teamId: other.teamId }, select: { id: true } })).map((a) => a.id);
    expect(foreignIds.length).toBeGreaterThan(0);
    for (const id of foreignIds) expect(ids.has(id)).toBe(false);
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const response = await api("/api/v1/nothing-here", { token: tokens.viewer });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("NOT_FOUND");
    // /api/v1 itself and paths outside it too (hostile probe of stop 45: the HTML page), signed in or not.
    for (const path of ["/api", "/api/v1", "/api/v1/", "/api/nope", "/api/nope/deeper"]) {
      for (const token of [tokens.viewer, undefined]) {
        const answer = await fetch(`${baseUrl()}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        expect(answer.status, path).toBe(404);
        expect(answer.headers.get("content-type"), path).toMatch(/^application\/json/);
      }
    }
    // The sibling routes keep working.
    expect((await fetch(`${baseUrl()}/api/health`)).status).toBe(200);
  });
});

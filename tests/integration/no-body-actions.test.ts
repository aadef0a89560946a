import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/http";
import { createRoleTokens, teamWithArticle } from "../support/factory";

// Hostile probe of stop 41: the actions that take no fields ignored whatever body came with them, where every
// other route refuses unknown fields. They now take no body or `{}`, and refuse anything else before acting.
describe("actions that take no body", () => {
  let editor: string;
  let url: string;
  beforeAll(async () => {
    const { team, articleId } = await teamWithArticle("no-body", "Die Stadt senkte die Grundsteuer um 5 Prozent.");
    editor = (await createRoleTokens(team)).editor;
    url = `/api/v1/articles/${articleId}/rerank`;
  });

  it("act with no body, or an empty JSON object", async () => {
    expect((await api(url, { token: editor, method: "POST" })).status).toBe(200);
    expect((await api(url, { token: editor, json: {} })).status).toBe(200);
    expect((await api(url, { token: editor, method: "POST", body: " { } \n" })).status).toBe(200);
  });

  it("refuse fields, other JSON and text with a sentence, in the reader's language", async () => {
    for (const body of ['{"force":true}', "[]", "null", "rerank please", "{".repeat(100_000)]) {
      const refused = await api(url, { token: editor, method: "POST", body, headers: { "content-type": "application/json" } });
      expect(refused.status, body.slice(0, 20)).toBe(400);
      expect(refused.body.error.message).toBe("This action takes no request body: send none, or an empty JSON object.");
    }
    const german = await api(url, { token: editor, json: { force: true }, headers: { "accept-language": "de" } });
    expect(german.body.error.message).toBe("Diese Aktion nimmt keinen Anfrageinhalt an: Senden Sie keinen oder ein leeres JSON-Objekt.");
  });

  it("check who may act before reading the body", async () => {
    expect((await api(url, { method: "POST", body: '{"force":true}' })).status).toBe(401);
  });

  it("include turning on the public ClaimReview feed: a body is refused and the address stays", async () => {
    const { team } = await teamWithArticle("no-body-feed", "Die Stadt senkte die Grundsteuer um 5 Prozent.");
    const admin = (await createRoleTokens(team)).admin;
    expect((await api("/api/v1/team/claimreview-feed", { token: admin, json: { rotate: false } })).status).toBe(400);
    expect((await api("/api/v1/team/claimreview-feed", { token: admin })).body.data).toMatchObject({ enabled: false });
    expect((await api("/api/v1/team/claimreview-feed", { token: admin, method: "POST" })).status).toBe(201);
  });
});

// Hostile probe of stop 41: a body declared in another charset was read as UTF-8 regardless.
describe("request bodies declared in a charset other than UTF-8", () => {
  it("are refused with 415 on JSON and NDJSON routes; UTF-8 in any spelling is read", async () => {
    const { team } = await teamWithArticle("charset", "Die Stadt senkte die Grundsteuer um 5 Prozent.");
    const editor = (await createRoleTokens(team)).editor;
    const article = JSON.stringify({ title: "Zeichensatz", text: `Die Quote stieg ${Date.now()} um 3 Prozent.` });
    for (const type of ["application/json; charset=utf-16", "application/json;charset=ISO-8859-1", "application/json; charset=utf-8; charset=utf-16", "application/json, charset=utf-16"]) {
      const refused = await api("/api/v1/articles", { token: editor, method: "POST", body: article, headers: { "content-type": type } });
      expect(refused.status, type).toBe(415);
      expect(refused.body.error.message).toMatch(/^Send the request body as UTF-8; the charset "(utf-16|iso-8859-1)" is not read here\.$/);
    }
    const latin = await api("/api/v1/imports", { token: editor, method: "POST", body: article, headers: { "content-type": "application/x-ndjson; charset=latin1" } });
    expect(latin.status).toBe(415);
    expect((await api("/api/v1/articles", { token: editor, method: "POST", body: article, headers: { "content-type": 'application/json; charset="UTF-8"' } })).status).toBe(201);
  });
});

// Hostile probe of stop 41: `?limit=abc` was ignored on these routes and refused on others; a report POST took its
// format from the body and ignored the address's.
describe("routes that take no query parameters", () => {
  it("refuse any, naming them, in the reader's language", async () => {
    const { team, articleId, claimIds } = await teamWithArticle("no-query", "Die Stadt senkte die Grundsteuer um 5 Prozent.");
    const { editor } = await createRoleTokens(team);
    for (const path of ["/api/v1/imports?limit=abc", "/api/v1/outlets?limit=1e9", `/api/v1/claims/${claimIds[0]}/known-fact-checks?threshold=abc`, "/api/v1/team/claim-model?language=xx"]) {
      const refused = await api(path, { token: editor });
      expect(refused.status, path).toBe(400);
      expect(refused.body.error.message, path).toMatch(/^This request takes no query parameters; leave out "(limit|threshold|language)"\.$/);
      expect((await api(path.split("?")[0]!, { token: editor })).status, path).toBe(200);
    }
    const german = await api("/api/v1/outlets?page=2", { token: editor, headers: { "accept-language": "de" } });
    expect(german.body.error.message).toBe('Diese Anfrage nimmt keine Abfrageparameter an; lassen Sie "page" weg.');
    const report = await api(`/api/v1/articles/${articleId}/report?format=csv`, { token: editor, method: "POST", body: "format=md", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(report.status).toBe(400);
  });
});

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
});

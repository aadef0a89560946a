import { beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { api } from "../support/http";

// Hostile probe of stop 32: a NUL in any address field reached the database and answered 500 (five
// write endpoints, and a bulk-import line); the related-claim threshold took true, [0.4], "0x1" and "1e-1".

let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let claimId: string;

beforeAll(async () => {
  tokens = await createRoleTokens(await createTestTeam("probe-32-inputs"));
  const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Sauber", text: "Die Regierung senkte die Steuern um 5 Prozent.", language: "de" } });
  claimId = (await api(`/api/v1/articles/${created.body.data.id}`, { token: tokens.editor })).body.data.claims[0].id;
});

describe("addresses with control characters", () => {
  it("are refused with 400 and the field named, never a 500", async () => {
    const calls: [string, string, unknown, string][] = [
      [`/api/v1/claims/${claimId}/sources`, "POST", { url: "https://x.example/a\u0000", stance: "context" }, "url"],
      [`/api/v1/claims/${claimId}/sources`, "POST", { url: "https://x.example/a\u0001b", stance: "context" }, "url"],
      ["/api/v1/articles", "POST", { title: "t", text: "Die Regierung senkte die Steuern.", url: "https://x.example/\u0000" }, "url"],
      ["/api/v1/team/settings", "PATCH", { organizationUrl: "https://x.example/\u0000" }, "organizationUrl"],
      ["/api/v1/team/settings", "PATCH", { logoUrl: "https://x.example/\u0000.png" }, "logoUrl"],
      ["/api/v1/team/settings", "PATCH", { reportUrlPattern: "https://x.example/{articleId}/\u0001" }, "reportUrlPattern"],
    ];
    for (const [path, method, json, field] of calls) {
      const answer = await api(path, { token: tokens.admin, method, json });
      expect(answer.status, `${method} ${path} ${JSON.stringify(json)}: ${answer.text}`).toBe(400);
      expect(answer.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
      expect(answer.text).toMatch(/control characters/);
    }
    const sources = await api(`/api/v1/claims/${claimId}`, { token: tokens.viewer });
    expect(JSON.stringify(sources.body)).not.toMatch(/\\u000[01]/);
  });
});

describe("the related-claim threshold in team settings", () => {
  it("takes a number or a plain decimal, nothing that only coerces to one", async () => {
    for (const value of [true, [0.4], "0x1", "1e-1", null, "0,4"]) {
      const answer = await api("/api/v1/team/settings", { token: tokens.admin, method: "PATCH", json: { relatedClaimThreshold: value } });
      expect(answer.status, `${JSON.stringify(value)}: ${answer.text}`).toBe(400);
      expect(answer.body.error.details[0].message).toBe("The related-claim threshold must be a number between 0.1 and 1.");
    }
    for (const [value, stored] of [[0.45, 0.45], ["0.5", 0.5]] as const) {
      const answer = await api("/api/v1/team/settings", { token: tokens.admin, method: "PATCH", json: { relatedClaimThreshold: value } });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body.data.relatedClaimThreshold).toBe(stored);
    }
  });
});

describe("one page on one claim", () => {
  it("is cited once: again, in another spelling or with the opposite stance, is a 409 until the first citation is removed", async () => {
    const cite = (url: string, stance: string) => api(`/api/v1/claims/${claimId}/sources`, { token: tokens.editor, json: { url, stance } });
    const first = await cite("https://example.org/a", "context");
    expect(first.status).toBe(201);
    for (const [url, stance] of [["https://example.org/a", "supports"], ["https://EXAMPLE.org/a", "refutes"], ["https://example.org/a#frag", "refutes"], ["https://example.org:443/a", "context"]]) {
      const again = await cite(url!, stance!);
      expect(again.status, `${url} ${stance}: ${again.text}`).toBe(409);
      expect(again.body.error.message).toBe("This page is already cited on this claim. To cite it with another stance, remove that citation first.");
    }
    expect((await api(`/api/v1/citations/${first.body.data.id}`, { token: tokens.editor, method: "DELETE" })).status).toBe(200);
    expect((await cite("https://example.org/a", "refutes")).status).toBe(201);
  });
});


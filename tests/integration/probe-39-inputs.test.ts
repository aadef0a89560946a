import { beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { api, baseUrl } from "../support/http";

// Hostile probe of stop 39: a NUL in the search's verdict filter and a raw NUL byte in a bulk import answered 500;
// a JSON body on the report's POST was read as a form; tampered page cursors with impossible dates were read as
// other instants; the raw HTTP layer's 405 and 400 stayed English under Accept-Language: de.

let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let articleId: string;

beforeAll(async () => {
  tokens = await createRoleTokens(await createTestTeam("probe-39-inputs"));
  articleId = (await api("/api/v1/articles", { token: tokens.editor, json: { title: "Sauber", text: "Die Regierung senkte die Steuern um 5 Prozent.", language: "de" } })).body.data.id;
});

const cursor = (text: string) => Buffer.from(text).toString("base64url");

describe("hostile inputs of stop 39", () => {
  it("refuses a verdict filter that is no level key with 400, in German when asked", async () => {
    for (const verdict of ["%00", "a%00b", "%27%20or%201%3D1--"]) {
      const answer = await api(`/api/v1/search?type=claims&verdict=${verdict}`, { token: tokens.viewer });
      expect(answer.status, verdict).toBe(400);
      expect(answer.body.error.details[0].field).toBe("verdict");
    }
    const german = await api("/api/v1/search?verdict=%00", { token: tokens.viewer, headers: { "accept-language": "de" } });
    expect(german.body.error.details[0].message).toMatch(/^Das Urteil muss der Schlüssel einer Bewertungsstufe sein/);
    expect((await api("/api/v1/search?verdict=mostly-false", { token: tokens.viewer })).status).toBe(200);
  });

  it("refuses a bulk import holding a raw NUL byte with 400 naming its line, and stores nothing", async () => {
    const before = (await api("/api/v1/imports", { token: tokens.editor })).body.data.length;
    const ndjson = `${JSON.stringify({ title: "Eins", text: "Die Zahl stieg um 3 Prozent." })}\n{"title":"Zwei","text":"b\u0000"}\n`;
    const answer = await api("/api/v1/imports", { token: tokens.editor, headers: { "content-type": "application/x-ndjson" }, body: ndjson, method: "POST" });
    expect(answer.status, answer.text).toBe(400);
    expect(answer.body.error.message).toBe("Line 2 holds a NUL byte, which no JSON text may contain. Remove it, or write it escaped as \\u0000.");
    expect((await api("/api/v1/imports", { token: tokens.editor })).body.data.length).toBe(before);
  });

  it("answers a report POST that is not a form with 415", async () => {
    const answer = await api(`/api/v1/articles/${articleId}/report`, { token: tokens.viewer, json: { format: "csv" } });
    expect(answer.status).toBe(415);
    expect(answer.body.error.message).toMatch(/as a form body/);
    const form = await api(`/api/v1/articles/${articleId}/report`, { token: tokens.viewer, method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "format=csv" });
    expect(form.status).toBe(200);
  });

  it("refuses page cursors that are not exactly as the app wrote them", async () => {
    const id = "0190a0b0-0000-7000-8000-000000000000";
    for (const at of ["2026-02-30T00:00:00.000Z", "0", "2026-12-03 23:33:12+14:00", "2026-12-03T23:33:12.123456789Z", "0000-01-01T00:00:00.000Z"]) {
      expect((await api(`/api/v1/articles?after=${cursor(`${at}|${id}`)}`, { token: tokens.viewer })).status, at).toBe(400);
      expect((await api(`/api/v1/feeds/claimreview?cursor=${cursor(`${at}|${id}`)}`, { token: tokens.viewer })).status, at).toBe(400);
    }
    expect((await api(`/api/v1/articles?after=${cursor(`2026-02-28T00:00:00.000Z|${id}`)}`, { token: tokens.viewer })).status).toBe(200);
  });

  it("answers thousands of unknown fields with a short 400 that names the first few (a quadratic answer had frozen the server)", async () => {
    const body = Object.fromEntries(Array.from({ length: 9000 }, (_, i) => [`unknown_field_${i}`, 1]));
    const answer = await api("/api/v1/me/notifications", { token: tokens.viewer, method: "PATCH", json: body });
    expect(answer.status).toBe(400);
    expect(answer.text.length).toBeLessThan(5000);
    expect(answer.body.error.message).toBe(`Unknown field(s): ${Array.from({ length: 10 }, (_, i) => `unknown_field_${i}`).join(", ")} (+8990).`);
    expect(answer.body.error.details.filter((detail: { field: string }) => detail.field.startsWith("unknown_field_"))).toHaveLength(10);
    const query = await api(`/api/v1/articles?${Array.from({ length: 1500 }, (_, i) => `x${i}=1`).join("&")}`, { token: tokens.viewer, headers: { "accept-language": "de" } });
    expect(query.status).toBe(400);
    expect(query.body.error.message).toMatch(/^Unbekannte\(s\) Feld\(er\): x0, x1, .* \(\+1490\)\.$/);
  });

  it("answers the raw HTTP layer's 405 and broken-escape 400 in German when asked", async () => {
    const refused = await fetch(`${baseUrl()}/api/v1/articles`, { method: "DELETE", headers: { authorization: `Bearer ${tokens.viewer}`, "accept-language": "de" } });
    expect(refused.status).toBe(405);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe("Die Methode DELETE ist hier nicht erlaubt. Diese Adresse nimmt GET, POST, HEAD an.");
    const broken = await fetch(`${baseUrl()}/api/v1/articles/%E0%A4%A`, { headers: { "accept-language": "de-DE,de;q=0.9,en;q=0.5" } });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toBe("Die Adresse ist ungültig: Sie enthält eine fehlerhafte %-Kodierung.");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { api } from "../support/http";

// Hostile probe of stop 31: article titles, outlet names and comments took a bell, an escape sequence,
// line breaks and direction overrides (U+202E shows "exe.txt" for "txt.exe"), which went on into
// Markdown reports; a comment of one zero-width space was taken for a comment.

let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let claimId: string;

beforeAll(async () => {
  tokens = await createRoleTokens(await createTestTeam("probe-31-inputs"));
  const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Sauber", text: "Die Regierung senkte die Steuern um 5 Prozent.", language: "de" } });
  claimId = (await api(`/api/v1/articles/${created.body.data.id}`, { token: tokens.editor })).body.data.claims[0].id;
});

describe("control characters and direction overrides", () => {
  it("are refused in titles and outlet names with the field named, in the reader's language", async () => {
    for (const [field, value] of [["title", "a\u0007b"], ["title", "Zeile\r\nzwei"], ["title", "Bericht \u202Efdp.exe"], ["outlet", "\u202EeriW"], ["outlet", "Blatt\u001b[31m"]]) {
      const json = { title: "Titel", text: `Die Regierung senkte die Steuern um ${Math.random()} Prozent.`, [field!]: value };
      const answer = await api("/api/v1/articles", { token: tokens.editor, json });
      expect(answer.status, `${field} ${JSON.stringify(value)}: ${answer.text}`).toBe(400);
      // An outlet's name is a name: invisible characters are refused with the controls (hostile probe of stop 35).
      const message = field === "outlet" ? "control or invisible characters" : "control characters or text-direction overrides";
      expect(answer.body.error.details[0]).toMatchObject({ field, message: expect.stringContaining(message) });
    }
    const german = await api("/api/v1/articles", { token: tokens.editor, headers: { "accept-language": "de" }, json: { title: "a\u0007b", text: "Die Regierung senkte die Steuern." } });
    expect(german.body.error.details[0].message).toBe("Der Titel enthält Steuerzeichen oder Zeichen, die die Schreibrichtung umkehren; bitte ohne diese Zeichen eingeben.");
  });

  // Probe of stop 34: the published wording, a verdict's rationale, a source's title and note and an outlet's
  // rationale still took "\u202e", which turned words around on public pages and in ClaimReview.
  it("are refused in what a fact-check publishes: wording, rationale, reopen reason, source fields, outlet rationale", async () => {
    const claim = (await api(`/api/v1/claims/${claimId}`, { token: tokens.editor })).body.data;
    const wording = await api(`/api/v1/claims/${claimId}`, { token: tokens.editor, method: "PATCH", json: { version: claim.version, normalizedText: "Students \u202efell" } });
    expect(wording.status, wording.text).toBe(400);
    expect(wording.body.error.details[0]).toMatchObject({ field: "normalizedText", message: expect.stringContaining("text-direction overrides") });
    const verdict = await api(`/api/v1/claims/${claimId}/verdicts`, { token: tokens.reviewer, method: "PUT", json: { level: "false", rationale: "Checked \u202ereversed", confidence: "high" } });
    expect(verdict.status, verdict.text).toBe(400);
    for (const field of ["title", "note", "excerpt"]) {
      const cited = await api(`/api/v1/claims/${claimId}/sources`, { token: tokens.reviewer, json: { url: `https://example.org/${field}`, stance: "supports", [field]: "Bericht \u202efdp.exe" } });
      expect(cited.status, `${field}: ${cited.text}`).toBe(400);
    }
    expect((await api(`/api/v1/claims/${claimId}`, { token: tokens.editor })).body.data.normalizedText).toBeNull();
    const withOutlet = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Blatt", text: "Die Steuern sanken um 2 Prozent.", outlet: "Probe Blatt 34" } });
    const outletId = (await api(`/api/v1/articles/${withOutlet.body.data.id}`, { token: tokens.editor })).body.data.outlet.id;
    const outlet = (await api(`/api/v1/outlets/${outletId}`, { token: tokens.editor })).body.data;
    const rated = await api(`/api/v1/outlets/${outletId}`, { token: tokens.editor, method: "PATCH", json: { reliability: "mixed", rationale: "rationale \u202e reversed text", version: outlet.version ?? 1 } });
    expect(rated.status, rated.text).toBe(400);
    expect(rated.body.error.details[0]).toMatchObject({ field: "rationale", message: expect.stringContaining("text-direction overrides") });
    // Line breaks and tabs stay allowed in a rationale.
    const lines = await api(`/api/v1/claims/${claimId}/verdicts`, { token: tokens.reviewer, method: "PUT", json: { level: "false", rationale: "Erste Zeile\n\tzweite", confidence: "high" } });
    expect(lines.status, lines.text).toBeLessThan(300);
  });

  it("are refused in comments, which keep their line breaks and tabs; an invisible comment is none", async () => {
    for (const body of ["\u001b[31mred", "hi \u202Etxt.exe", "klingel\u0007"]) {
      const answer = await api(`/api/v1/claims/${claimId}/comments`, { token: tokens.reviewer, json: { body } });
      expect(answer.status, `${JSON.stringify(body)}: ${answer.text}`).toBe(400);
    }
    const invisible = await api(`/api/v1/claims/${claimId}/comments`, { token: tokens.reviewer, json: { body: "\u200B" } });
    expect(invisible.status).toBe(400);
    expect(invisible.body.error.details[0].message).toBe("Write a comment first.");
    const lines = await api(`/api/v1/claims/${claimId}/comments`, { token: tokens.reviewer, json: { body: "Erste Zeile\n\tzweite Zeile" } });
    expect(lines.status, lines.text).toBe(201);
  });

  it("become spaces in a title read from an uploaded file, which nobody typed", async () => {
    const form = new FormData();
    form.append("file", new Blob(["Bericht \u202Eüber\u0007 Steuern\n\nDie Regierung senkte die Steuern um 7 Prozent."], { type: "text/plain" }), "bericht.txt");
    const answer = await api("/api/v1/articles/upload", { token: tokens.editor, body: form });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body.data.title).toBe("Bericht über Steuern");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, teamWithArticle } from "../support/factory";
import { api } from "../support/http";

// Hostile probe of stop 44: a rationale (also a final, published one) and a reopening's reason of invisible characters
// alone were accepted, and a blank or NUL comment's answer named its one problem twice.
describe("text that shows nothing", () => {
  let editor: string;
  let claimId: string;
  const version = async () => (await api(`/api/v1/claims/${claimId}`, { token: editor })).body.data.version as number;

  beforeAll(async () => {
    const { team, claimIds } = await teamWithArticle("invisible-text", "Die Stadt senkte die Grundsteuer 2025 um 5 Prozent.");
    editor = (await createRoleTokens(team)).editor;
    claimId = claimIds[0];
  });

  it("is no rationale and no reason to reopen", async () => {
    for (const invisible of ["\u200b", "\u200b\u200c\u2060", "\u00ad", "\u3164", "\u115f"]) {
      const verdict = await api(`/api/v1/claims/${claimId}/verdicts`, { token: editor, method: "PUT", json: { level: "false", rationale: invisible, confidence: "low" } });
      expect(verdict.status, JSON.stringify(invisible)).toBe(400);
      expect(verdict.body.error.details).toEqual([{ field: "rationale", message: "Explain the verdict in a sentence or two." }]);
      const final = await api(`/api/v1/claims/${claimId}/final-verdict`, { token: editor, json: { level: "false", rationale: invisible, claimVersion: await version() } });
      expect(final.status).toBe(400);
    }
    // (A final verdict needs a source.)
    await api(`/api/v1/claims/${claimId}/sources`, { token: editor, json: { url: "https://quelle.example/grundsteuer", stance: "refutes", title: "Quelle" } });
    const final = await api(`/api/v1/claims/${claimId}/final-verdict`, { token: editor, json: { level: "false", rationale: "Die Senkung betrug 3 Prozent.", claimVersion: await version() } });
    expect(final.status, JSON.stringify(final.body)).toBe(201);
    const reopen = await api(`/api/v1/claims/${claimId}/final-verdict/reopen`, { token: editor, json: { reason: "\u3164", claimVersion: await version() } });
    expect(reopen.status).toBe(400);
    expect(reopen.body.error.details).toEqual([{ field: "reason", message: "Say why the verdict is reopened." }]);
  });

  it("is said once, as is a NUL", async () => {
    for (const [body, message] of [["   ", "Write a comment first."], ["\u0000", "The comment contains a NUL character."]] as const) {
      const comment = await api(`/api/v1/claims/${claimId}/comments`, { token: editor, json: { body } });
      expect(comment.status).toBe(400);
      expect(comment.body.error.details).toEqual([{ field: "body", message }]);
    }
  });

  // Re-probe of stop 44: a source's title and publisher and the organisation's name (all published) took invisible
  // characters alone and line separators; a title took U+2028; Cherokee and Armenian look-alikes passed as outlets.
  it("is no source title, publisher or organisation name, and a line separator is no part of a title", async () => {
    const { team } = await teamWithArticle("invisible-names", "Die Stadt senkte die Grundsteuer 2025 um 4 Prozent.");
    const tokens = await createRoleTokens(team);
    for (const [field, value] of [["title", "\u200b\u200b"], ["publisher", "\u3164\u3164"], ["title", "Line one\nline two"], ["publisher", "Fact\u2028Desk"]] as const) {
      const cited = await api(`/api/v1/claims/${claimId}/sources`, { token: editor, json: { url: "https://example.org/x", stance: "context", [field]: value } });
      expect(cited.status, `${field} ${JSON.stringify(value)}`).toBe(400);
      expect(cited.body.error.details).toHaveLength(1);
    }
    for (const name of ["\u200b\u200b\u200b", "Fact\u2028Desk", "\u2800\u2800"]) {
      const named = await api("/api/v1/team/settings", { token: tokens.admin, method: "PATCH", json: { organizationName: name } });
      expect(named.status, JSON.stringify(name)).toBe(400);
    }
    const titled = await api("/api/v1/articles", { token: tokens.editor, json: { title: "A\u2028B", text: "Die Zahl 97 stieg 2024 um 5 Prozent." } });
    expect(titled.status).toBe(400);
    for (const outlet of ["\u13A1euters", "Spiegel \u0585nline"]) {
      const lookalike = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Look-alike", text: "Die Zahl 96 stieg 2024 um 4 Prozent.", outlet } });
      expect(lookalike.status, outlet).toBe(400);
    }
  });
});

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
});

import { beforeAll, describe, expect, it } from "vitest";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// Walk of stop 46: assigning a claim showed "Demo Admin changed the claim" in its history.
describe("a claim's history", () => {
  let team: TestTeam;
  let editor: string;

  beforeAll(async () => {
    team = await createTestTeam("history-wording");
    editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  });

  it("says an assignment in words of its own, in the reader's language", async () => {
    const articleId = (await api("/api/v1/articles", { cookie: editor, json: { title: "Haushalt", text: `Die Stadt gab 2024 genau 14 Millionen Euro für Schulen aus (${Date.now()}).` } })).body.data.id;
    const [claim] = (await api(`/api/v1/articles/${articleId}`, { cookie: editor })).body.data.claims;
    const assigned = await api(`/api/v1/claims/${claim.id}`, { method: "PATCH", cookie: editor, json: { version: claim.version, assigneeId: team.actors.reviewer.userId } });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    const page = (await api(`/claims/${claim.id}`, { cookie: editor, headers: { "accept-language": "en" } })).text.replaceAll("<!-- -->", "");
    expect(page).toContain("changed who works on the claim");
    const german = (await api(`/claims/${claim.id}`, { cookie: `${editor}; factdesk-locale=de`, headers: { "accept-language": "de" } })).text.replaceAll("<!-- -->", "");
    expect(german).toContain("hat geändert, wer die Behauptung bearbeitet");
    // Nobody assigned reads as a word (re-walk of stop 46: a dash).
    expect(page).toMatch(/<span class="text-red-800 line-through">nobody<\/span>/);
  });
});

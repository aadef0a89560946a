import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, createRoleTokens, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";
import { builtActions, callAction, form } from "../support/server-actions";

describe("errors in the reader's language, naming fields by their label", () => {
  let team: TestTeam;
  let englishCookie: string;
  let germanCookie: string;
  let adminToken: string;

  beforeAll(async () => {
    team = await createTestTeam("sprache");
    await db.user.update({ where: { id: team.actors.editor.userId }, data: { locale: "de" } });
    germanCookie = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    englishCookie = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
    adminToken = (await createRoleTokens(team)).admin;
  });

  it("answers a German user's invalid article in German, with the field key only in details", async () => {
    const response = await api("/api/v1/articles", { cookie: germanCookie, json: { title: " ", text: "Die Steuern stiegen um 3 Prozent." } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe("Geben Sie dem Artikel einen Titel.");
    expect(response.body.error.details).toEqual([{ field: "title", message: "Geben Sie dem Artikel einen Titel." }]);
  });

  it("keeps English for English readers and token clients, without a 'field:' prefix; German on Accept-Language", async () => {
    const english = await api("/api/v1/articles", { cookie: englishCookie, json: { title: " ", text: "Die Steuern stiegen." } });
    expect(english.body.error.message).toBe("Give the article a title.");
    const token = await api("/api/v1/articles", { token: adminToken, json: { title: " ", text: "Die Steuern stiegen." } });
    expect(token.body.error.message).toBe("Give the article a title.");
    const asked = await api("/api/v1/articles", { token: adminToken, headers: { "accept-language": "de-DE,de;q=0.9" }, json: { title: " ", text: "Die Steuern stiegen." } });
    expect(asked.body.error.message).toBe("Geben Sie dem Artikel einen Titel.");
  });

  it("translates a service's refusal for a German user", async () => {
    const response = await api("/api/v1/claims/00000000-0000-7000-8000-000000000000", { cookie: germanCookie });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe("Die Behauptung: nicht gefunden.");
  });

  it("answers a German admin's server action in German", async () => {
    await db.user.update({ where: { id: team.actors.admin.userId }, data: { locale: "de" } });
    const invite = builtActions().find((action) => action.name === "inviteMemberAction")!;
    const response = await callAction(invite, [null, form({ email: "kein-name@test.factdesk", name: " ", role: "viewer" })], englishCookie);
    expect(response.text).toContain("Geben Sie den Namen der Person ein.");
    expect(response.text).not.toContain("Enter the person's name.");
    expect(response.text).not.toMatch(/"name: /);
  });
});

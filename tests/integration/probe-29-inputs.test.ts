import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Hostile probe of stop 29: an uploaded .html of plain text answered 500 (Readability got no document),
// an invitation with a NUL in the name answered 500, "not found" for a webhook or a known fact-check
// came half in English to German readers, and a mention could show one name and notify someone else.

let team: TestTeam;
let admin: string;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  team = await createTestTeam("probe-29-inputs");
  admin = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  reviewer = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
});

describe("inputs that answered 500", () => {
  it("reads an uploaded .html without any tag as plain text or refuses it (4xx), never a 500", async () => {
    for (const content of ["hello", "", "   ", "<!-- only a comment -->"]) {
      const form = new FormData();
      form.append("file", new Blob([content], { type: "text/html" }), "page.html");
      const answer = await api("/api/v1/articles/upload", { cookie: editor, body: form });
      expect(answer.status, `${JSON.stringify(content)}: ${answer.text}`).toBeLessThan(500);
      if (answer.status !== 201) expect(answer.body.error.details[0].field).toBe("file");
    }
  });

  it("refuses a person's name with a NUL, a direction override or a zero-width character in an invitation", async () => {
    for (const name of ["n\u0000x", "Eve\u202Etxt", "Ev\u200Be"]) {
      const answer = await api("/api/v1/team/invitations", { cookie: admin, json: { email: `p${Date.now()}@example.test`, name, role: "viewer" } });
      expect(answer.status, answer.text).toBe(400);
      expect(answer.body.error.details[0].field).toBe("name");
    }
  });
});

describe("messages for German readers", () => {
  it("names a missing webhook and known fact-check in German", async () => {
    const headers = { "accept-language": "de" };
    const webhook = await api("/api/v1/team/webhooks/00000000-0000-4000-8000-000000000000", { cookie: admin, headers, method: "DELETE" });
    expect(webhook.body.error.message).toBe("Der Webhook wurde nicht gefunden.");
    const check = await api("/api/v1/known-fact-checks/00000000-0000-4000-8000-000000000000/cite", { cookie: editor, headers, json: { claimId: "00000000-0000-4000-8000-000000000000", stance: "supports" } });
    expect(check.body.error.message).toBe("Der bekannte Faktencheck wurde nicht gefunden.");
  });
});

describe("the sign-in page in German", () => {
  it("says a wrong password in the language the page was switched to", async () => {
    const { error } = await signIn(team.emails.editor, "not the password", baseUrl(), "factdesk-locale=de");
    expect(error).toBe("E-Mail-Adresse oder Passwort ist nicht richtig.");
  });
});

describe("mentions", () => {
  it("shows the name of the person a mention notifies, and leaves a mention of a non-member as plain text", async () => {
    const created = await api("/api/v1/articles", { cookie: editor, json: { title: `Mentions ${Date.now()}`, text: `The city spent 4 million euros on parks in 2023 (${Date.now()}).` } });
    const claimId = (await api(`/api/v1/articles/${created.body.data.id}`, { cookie: editor })).body.data.claims[0].id;
    const reviewerId = team.actors.reviewer.userId;
    const { name } = await db.user.findUniqueOrThrow({ where: { id: reviewerId } });
    const stranger = "00000000-0000-4000-8000-000000000001";
    const comment = await api(`/api/v1/claims/${claimId}/comments`, { cookie: editor, json: { body: `Look @[Zzfake](${reviewerId}) and @[Boss](${stranger})` } });
    expect(comment.status, comment.text).toBe(201);
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.body.data.id } });
    expect(stored.body).toBe(`Look @[${name}](${reviewerId}) and @Boss`);
    expect(await db.mention.count({ where: { commentId: stored.id, userId: reviewerId } })).toBe(1);
    expect((await api("/api/v1/me/inbox", { cookie: reviewer })).status).toBe(200);
  });
});

import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Walk of stop 37: excluding a claim for "other" recorded no word of what the reason was, and no export
// said why a claim was excluded. The note is plain text of at most 300 characters, set only with an exclusion.
let team: TestTeam;
let editor: string;

beforeAll(async () => {
  team = await createTestTeam("exclusion-note");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
});

const send = (method: string, path: string, json?: unknown) => api(path, { cookie: editor, method, json });

async function newClaim() {
  const created = await send("POST", "/api/v1/articles", { title: `Note ${Date.now()}`, text: `Die Miete stieg ${Date.now()} um 7 Prozent.` });
  expect(created.status).toBe(201);
  const article = await send("GET", `/api/v1/articles/${created.body.data.id}`);
  return { articleId: created.body.data.id as string, claim: article.body.data.claims[0] as { id: string; version: number } };
}

describe("a note on an exclusion", () => {
  it("is stored with the exclusion, in the history and the CSV, and goes when the claim is included again", async () => {
    const { articleId, claim } = await newClaim();
    const note = "Satire-Rubrik, kein Nachrichtentext.";
    const excluded = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, status: "excluded", exclusionReason: "other", exclusionNote: `  ${note} ` });
    expect(excluded.status).toBe(200);
    expect(excluded.body.data).toMatchObject({ status: "excluded", exclusionReason: "other", exclusionNote: note });
    const history = await db.activity.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.updated" }, orderBy: { createdAt: "desc" } });
    expect(history.after).toMatchObject({ exclusionReason: "other", exclusionNote: note });

    const csv = await fetch(`${baseUrl()}/api/v1/articles/${articleId}/report?format=csv`, { headers: { cookie: editor } });
    const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((row) => row.claim_id === claim.id)).toMatchObject({ status: "excluded", exclusion_reason: "other", exclusion_note: note });

    const included = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: excluded.body.data.version, excluded: false });
    expect(included.status).toBe(200);
    expect(included.body.data).toMatchObject({ exclusionReason: null, exclusionNote: null });
  });

  it("refuses a note without an exclusion, over 300 characters or with control characters, and changes nothing", async () => {
    const { claim } = await newClaim();
    const cases = [
      [{ checkworthy: false, exclusionNote: "Warum auch immer" }, /only when you exclude/],
      [{ status: "excluded", exclusionReason: "other", exclusionNote: "x".repeat(301) }, /at most 300 characters/],
      [{ status: "excluded", exclusionReason: "other", exclusionNote: "abc\u202edef" }, /control or invisible/],
      // Re-probe of stop 37: direction marks, zero-width, tag characters and line breaks had passed.
      ...["a\u200eb", "a\u061cb", "a\u200bb", "a\u{E0041}b", "a\rb", "a\nb"].map((note) => [{ status: "excluded", exclusionReason: "other", exclusionNote: note }, /control or invisible/] as const),
    ] as const;
    for (const [change, message] of cases) {
      const refused = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, ...change });
      expect(refused.status, JSON.stringify(change).slice(0, 60)).toBe(400);
      expect(JSON.stringify(refused.body.error)).toMatch(message);
    }
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: claim.version, status: "new", exclusionNote: null });
    const atLimit = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, status: "excluded", exclusionReason: "other", exclusionNote: "x".repeat(300) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.exclusionNote).toHaveLength(300);
  });
});

import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// An excluded claim: why it is excluded, and that nobody reviews it meanwhile.
let team: TestTeam;
const cookies = {} as Record<"editor" | "reviewer", string>;

beforeAll(async () => {
  team = await createTestTeam("exclusion-note");
  for (const role of ["editor", "reviewer"] as const) cookies[role] = (await signIn(team.emails[role], TEST_PASSWORD)).cookie!;
});

const send = (method: string, path: string, json?: unknown, who: "editor" | "reviewer" = "editor") => api(path, { cookie: cookies[who], method, json });

async function newClaim() {
  const created = await send("POST", "/api/v1/articles", { title: `Note ${Date.now()}`, text: `Die Miete stieg ${Date.now()} um 7 Prozent.` });
  expect(created.status).toBe(201);
  const article = await send("GET", `/api/v1/articles/${created.body.data.id}`);
  return { articleId: created.body.data.id as string, claim: article.body.data.claims[0] as { id: string; version: number } };
}

// Walk of stop 37: excluding a claim for "other" recorded no word of what the reason was, and no export
// said why a claim was excluded. The note is plain text of at most 300 characters, set only with an exclusion.
describe("a note on an exclusion", () => {
  it("is stored with the exclusion, in the history and the CSV, and goes when the claim is included again", async () => {
    const { articleId, claim } = await newClaim();
    const note = "Satire-Rubrik, kein Nachrichtentext.";
    const excluded = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, status: "excluded", exclusionReason: "other", exclusionNote: `  ${note} ` });
    expect(excluded.status).toBe(200);
    expect(excluded.body.data).toMatchObject({ status: "excluded", exclusionReason: "other", exclusionNote: note });
    const history = await db.activity.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.updated" }, orderBy: { createdAt: "desc" } });
    expect(history.after).toMatchObject({ exclusionReason: "other", exclusionNote: note });

    const csv = await fetch(`${baseUrl()}/api/v1/articles/${articleId}/report?format=csv`, { headers: { cookie: cookies.editor } });
    const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((row) => row.claim_id === claim.id)).toMatchObject({ status: "excluded", exclusion_reason: "other", exclusion_note: note });

    // The note and the reason of an excluded claim are edited alone (re-probe of stop 44: refused as "only when you exclude").
    const renoted = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: excluded.body.data.version, exclusionNote: "Glosse." });
    expect(renoted.status, JSON.stringify(renoted.body)).toBe(200);
    const reasoned = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: renoted.body.data.version, exclusionReason: "not_a_claim" });
    expect(reasoned.body.data).toMatchObject({ status: "excluded", exclusionReason: "not_a_claim", exclusionNote: "Glosse." });

    const included = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: reasoned.body.data.version, excluded: false });
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
      ...["a\u200eb", "a\u061cb", "a\u200bb", "a\u{E0041}b", "\ue000", "\ufdd0", "a\u{10FFFF}b"].map((note) => [{ status: "excluded", exclusionReason: "other", exclusionNote: note }, /control or invisible/] as const),
      // A line break is said as such (hostile probe of stop 44).
      ...["a\rb", "a\nb"].map((note) => [{ status: "excluded", exclusionReason: "other", exclusionNote: note }, /must fit on one line/] as const),
      // Walk of stop 45: "Excluded because: Other" told a colleague nothing.
      [{ status: "excluded", exclusionReason: "other" }, /note why the claim is excluded when the reason is “Other”/],
    ] as const;
    for (const [change, message] of cases) {
      const refused = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, ...change });
      expect(refused.status, JSON.stringify(change).slice(0, 60)).toBe(400);
      expect(JSON.stringify(refused.body.error)).toMatch(message);
    }
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: claim.version, status: "new", exclusionNote: null });
    const bulk = await send("PATCH", "/api/v1/claims", { claims: [{ id: claim.id, version: claim.version }], status: "excluded", exclusionReason: "other" });
    expect(bulk.status).toBe(400);
    const atLimit = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, status: "excluded", exclusionReason: "other", exclusionNote: "x".repeat(300) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.exclusionNote).toHaveLength(300);
    // Once excluded for another reason, the note may not be emptied either.
    const emptied = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: atLimit.body.data.version, exclusionNote: null });
    expect(emptied.status).toBe(400);
  });
});

// Hostile probe of stop 37: a reviewer's own verdict was accepted on an excluded claim (the final verdict was refused).
describe("an excluded claim", () => {
  it("takes no reviewer's verdict, also in a race with its exclusion, until it is included again", async () => {
    const { claim } = await newClaim();
    const verdict = { level: "false", rationale: "Laut Statistik falsch.", confidence: "low" };
    const excluded = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, excluded: true });
    expect(excluded.status).toBe(200);
    const refused = await send("PUT", `/api/v1/claims/${claim.id}/verdicts`, verdict, "reviewer");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("This claim is excluded; include it again before giving it a verdict.");
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(0);

    const included = await send("PATCH", `/api/v1/claims/${claim.id}`, { version: excluded.body.data.version, excluded: false });
    const [exclusion, given] = await Promise.all([
      send("PATCH", `/api/v1/claims/${claim.id}`, { version: included.body.data.version, excluded: true }),
      send("PUT", `/api/v1/claims/${claim.id}/verdicts`, verdict, "reviewer"),
    ]);
    expect(exclusion.status).toBe(200);
    // Whichever came first, an excluded claim never holds a verdict given after its exclusion.
    const count = await db.verdict.count({ where: { claimId: claim.id } });
    expect(given.status === 200 ? count : 0).toBe(count);
    expect([200, 409]).toContain(given.status);
  });
});

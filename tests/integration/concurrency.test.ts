import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createRoleTokens, createTestTeam, type TestTeam } from "../support/factory";
import { api } from "../support/http";

const PARALLEL = 12;
let team: TestTeam;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;

beforeAll(async () => {
  team = await createTestTeam("concurrency");
  tokens = await createRoleTokens(team);
});

async function newClaim(text: string) {
  const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: `Gleichzeitig ${Date.now()}`, text } });
  expect(created.status).toBe(201);
  return db.claim.findFirstOrThrow({ where: { articleId: created.body.data.id }, orderBy: { position: "asc" } });
}

describe("at the same moment", () => {
  it(`${PARALLEL} reviewers rewording one claim: one wins, the others get 409 with the winner's state, nothing is lost silently`, async () => {
    const claim = await newClaim(`Die Regierung senkte die Stromsteuer um ${Date.now() % 1000} Cent.`);
    const wordings = Array.from({ length: PARALLEL }, (_, index) => `Fassung ${index}: Die Stromsteuer sank.`);
    const results = await Promise.all(
      wordings.map((normalizedText, index) =>
        api(`/api/v1/claims/${claim.id}`, { token: index % 2 ? tokens.reviewer : tokens.editor, method: "PATCH", json: { version: claim.version, normalizedText } }),
      ),
    );
    const winners = results.filter((result) => result.status === 200);
    const losers = results.filter((result) => result.status === 409);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(PARALLEL - 1);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(claim.version + 1);
    expect(stored.normalizedText).toBe(winners[0]!.body.data.normalizedText);
    for (const loser of losers) expect(loser.body.error.details.current.normalizedText).toBe(stored.normalizedText);
    expect(await db.activity.count({ where: { claimId: claim.id, action: "claim.updated" } })).toBe(1);
  });

  it(`${PARALLEL} editors finalising one claim: exactly one final verdict`, async () => {
    const claim = await newClaim(`Der Export nach China fiel um ${Date.now() % 1000} Prozent.`);
    await api(`/api/v1/claims/${claim.id}/sources`, { token: tokens.editor, json: { url: "https://amt.example/export", stance: "refutes" } });
    const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, index) =>
        api(`/api/v1/claims/${claim.id}/final-verdict`, { token: index % 2 ? tokens.admin : tokens.editor, json: { level: index % 3 ? "false" : "true", rationale: `Entscheidung ${index}`, claimVersion: current.version } }),
      ),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(PARALLEL - 1);
    expect(await db.finalVerdict.count({ where: { claimId: claim.id, reopenedAt: null } })).toBe(1);
  });

  it(`${PARALLEL} imports of the same article: one article, the others told where it is`, async () => {
    const text = `Die Zahl der Firmengründungen stieg um ${Date.now()} Prozent.`;
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, index) => api("/api/v1/articles", { token: tokens.editor, json: { title: `Kopie ${index}`, text } })),
    );
    const created = results.filter((result) => result.status === 201);
    expect(created).toHaveLength(1);
    const duplicates = results.filter((result) => result.status === 409);
    expect(duplicates).toHaveLength(PARALLEL - 1);
    for (const duplicate of duplicates) expect(duplicate.body.error.details.articleId).toBe(created[0]!.body.data.id);
    expect(await db.article.count({ where: { teamId: team.teamId, body: text } })).toBe(1);
  });
});

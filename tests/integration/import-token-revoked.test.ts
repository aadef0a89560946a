import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/server/api-token/authenticate-api-token";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { createImportJob } from "@/lib/server/import/import-jobs";
import { workImportJob } from "@/lib/server/import/work-import-job";
import { storeImportRecords } from "@/lib/server/known-check/store-import-records";
import { workKnownCheckImport } from "@/lib/server/known-check/work-known-check-import";
import { createRoleTokens, createTestTeam } from "../support/factory";

// Hostile probe of stop 43: a bulk import queued with an API token went on after the token was revoked, as the
// token's creator. An import now remembers its token and reads access again before every line (every batch).

const TOKEN_ENDED = "The API token that started this import was revoked or may no longer import, so the import stopped here; what was imported before stays.";
const noQueue = async () => {};
const revoke = (actor: Actor) => db.apiToken.update({ where: { id: actor.tokenId! }, data: { revokedAt: new Date() } });

async function editorToken(label: string) {
  const team = await createTestTeam(label);
  const actor = (await authenticateApiToken((await createRoleTokens(team)).editor))!;
  return { team, actor };
}

function ndjson(stamp: number, lines: number): string {
  return Array.from({ length: lines }, (_, i) => JSON.stringify({ title: `Revoked ${i}`, text: `Revoked ${stamp}: Die Zahl ${i} stieg um ${i} Prozent.` })).join("\n");
}

describe("an import sent with an API token", () => {
  it("stops at the next line once the token is revoked; the lines before stay imported", async () => {
    const { team, actor } = await editorToken("import-token-mid");
    const stamp = Date.now();
    const job = await createImportJob({ actor, ndjson: ndjson(stamp, 80), enqueue: noQueue });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { tokenId: true } })).toEqual({ tokenId: actor.tokenId });

    const working = workImportJob(job.id, { turnMs: 600_000 });
    const imported = () => db.article.count({ where: { teamId: team.teamId, body: { startsWith: `Revoked ${stamp}` } } });
    await expect.poll(imported, { interval: 5, timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    await revoke(actor);
    await working;

    const stopped = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(stopped.status).toBe("failed");
    expect(stopped.succeeded).toBeGreaterThanOrEqual(2);
    expect(stopped.succeeded).toBeLessThan(80);
    expect(await imported()).toBe(stopped.succeeded);
    const errors = stopped.errors as { line: number; message: string }[];
    expect(errors.at(-1)).toEqual({ line: stopped.processed + 1, message: TOKEN_ENDED, stopped: true });
    // The line it stopped at is reported, not counted: imported and failed add up to the lines processed.
    expect(stopped.succeeded + stopped.failed).toBe(stopped.processed);
  });

  it("does not start once the token is revoked, and the same member's session import still works", async () => {
    const { team, actor } = await editorToken("import-token-before");
    const stamp = Date.now();
    const job = await createImportJob({ actor, ndjson: ndjson(stamp, 3), enqueue: noQueue });
    await revoke(actor);
    await workImportJob(job.id);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "failed", succeeded: 0, errors: [{ line: 0, message: TOKEN_ENDED }] });
    expect(await db.article.count({ where: { teamId: team.teamId, body: { startsWith: `Revoked ${stamp}` } } })).toBe(0);

    // The token's creator (the admin) signed in: their own import is theirs, not the revoked token's.
    const own = await createImportJob({ actor: team.actors.admin, ndjson: ndjson(stamp, 3), enqueue: noQueue });
    await workImportJob(own.id);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ status: "done", succeeded: 3, tokenId: null });
  });

  it("of known fact-checks stops before its next batch once the token is revoked, and drops the reviews it did not import", async () => {
    const { team, actor } = await editorToken("known-check-token");
    const records = Array.from({ length: 4 }, (_, n) => {
      const url = `https://checker.example/revoked/${n}`;
      return { reviewUrl: url, normalizedUrl: url, claimReviewed: `Claim ${n}`, matchText: `claim ${n}`, claimant: null, ratingName: "False", ratingValue: 1, bestRating: 5, worstRating: 1, publisher: "Checker", reviewedAt: "2026-01-02T00:00:00.000Z", language: "en", entities: [] };
    });
    const job = await db.$transaction(async (tx) => {
      const created = await tx.knownCheckImport.create({ data: { teamId: team.teamId, createdById: actor.userId, tokenId: actor.tokenId, origin: "revoked.json", total: records.length } });
      await storeImportRecords(tx, created.id, JSON.stringify(records));
      return created;
    });
    await revoke(actor);
    await workKnownCheckImport(job.id, { batchSize: 2, turnMs: 600_000 });
    expect(await db.knownCheckImport.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "failed", processed: 0, inserted: 0, errors: [{ item: 1, where: "review", message: TOKEN_ENDED }],
    });
    expect(await db.knownCheckImportRecord.count({ where: { importId: job.id } })).toBe(0);
    expect(await db.knownFactCheck.count({ where: { teamId: team.teamId } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrations";
import { storeImportRecords } from "@/lib/server/known-check/store-import-records";
import { workKnownCheckImport } from "@/lib/server/known-check/work-known-check-import";
import { databaseBeforeMigration } from "../support/database-before-migration";
import { createTestTeam } from "../support/factory";

// An import's parsed reviews wait as a row each (hostile probe of stop 38: every batch of 10,000 had
// PostgreSQL read the whole 55 MB document again, slowing every other team for minutes).

const record = (n: number, url = `https://checker.example/${n}`) => ({
  reviewUrl: url, normalizedUrl: url, claimReviewed: `Claim ${n}`, matchText: `claim ${n}`, claimant: null, ratingName: "False",
  ratingValue: 1, bestRating: 5, worstRating: 1, publisher: "Checker", reviewedAt: "2026-01-02T00:00:00.000Z", language: "en", entities: [],
});

describe("known-check import records", () => {
  it("are worked batch by batch in document order, a repeated review URL counted as a duplicate, and gone when the import is done", async () => {
    const team = await createTestTeam("import-rows");
    const records = [record(0), record(1), record(2), record(3, "https://checker.example/1"), record(4)];
    const job = await db.$transaction(async (tx) => {
      const created = await tx.knownCheckImport.create({ data: { teamId: team.teamId, createdById: team.actors.admin.userId, origin: "rows.json", total: records.length } });
      await storeImportRecords(tx, created.id, JSON.stringify(records));
      return created;
    });
    const stored = await db.knownCheckImportRecord.findMany({ where: { importId: job.id }, orderBy: { position: "asc" } });
    expect(stored.map(({ position, record }) => [position, (record as { claimReviewed: string }).claimReviewed])).toEqual(records.map((r, i) => [i, r.claimReviewed]));

    // (A long turn: another test's queued import must not make this one give way.)
    await workKnownCheckImport(job.id, { batchSize: 2, turnMs: 600_000 });
    expect(await db.knownCheckImport.findUnique({ where: { id: job.id } })).toMatchObject({ status: "done", processed: 5, inserted: 4, duplicates: 1 });
    expect(await db.knownCheckImportRecord.count({ where: { importId: job.id } })).toBe(0);
    const checks = await db.knownFactCheck.findMany({ where: { teamId: team.teamId }, orderBy: { reviewUrl: "asc" } });
    // The first of two reviews with one URL is kept.
    expect(checks.map((check) => check.claimReviewed)).toEqual(["Claim 0", "Claim 1", "Claim 2", "Claim 4"]);
    expect(checks[0]).toMatchObject({ ratingName: "False", ratingValue: 1, publisher: "Checker", language: "en", reviewedAt: new Date("2026-01-02T00:00:00.000Z") });
  });

  it("give way between batches, after their turn, to another team's waiting import, and go on later where they stopped", async () => {
    const [big, small] = await Promise.all([createTestTeam("import-rows-big"), createTestTeam("import-rows-small")]);
    const queue = async (teamId: string, userId: string, records: object[]) =>
      db.$transaction(async (tx) => {
        const created = await tx.knownCheckImport.create({ data: { teamId, createdById: userId, origin: "turns.json", total: records.length } });
        await storeImportRecords(tx, created.id, JSON.stringify(records));
        return created;
      });
    const bigJob = await queue(big.teamId, big.actors.admin.userId, [0, 1, 2, 3, 4].map((n) => record(n, `https://big.example/${n}`)));
    const smallJob = await queue(small.teamId, small.actors.admin.userId, [record(9, "https://small.example/9")]);

    // A turn of 0 ms is over after the first batch: the small team waits with nothing running.
    expect(await workKnownCheckImport(bigJob.id, { batchSize: 2, turnMs: 0 })).toBe("handed-back");
    expect(await db.knownCheckImport.findUnique({ where: { id: bigJob.id } })).toMatchObject({ status: "queued", processed: 2, inserted: 2 });
    await workKnownCheckImport(smallJob.id, { turnMs: 600_000 });
    expect(await db.knownCheckImport.findUnique({ where: { id: smallJob.id } })).toMatchObject({ status: "done", inserted: 1 });
    expect(await workKnownCheckImport(bigJob.id, { batchSize: 2, turnMs: 600_000 })).toBeUndefined();
    expect(await db.knownCheckImport.findUnique({ where: { id: bigJob.id } })).toMatchObject({ status: "done", processed: 5, inserted: 5 });
    expect(await db.knownFactCheck.count({ where: { teamId: big.teamId } })).toBe(5);
  });

  it("of an import still queued when the server is upgraded move into rows; a finished import's are dropped", { timeout: 120_000 }, async () => {
    const migration = "20261203232516_known_check_import_record_rows";
    const { url, client, cleanUp } = await databaseBeforeMigration(migration, "import_rows");
    try {
      const insert = async (sql: string, values: unknown[]) => (await client.query(sql, values)).rows[0].id as string;
      const team = await insert(`INSERT INTO "Team" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'rows', 'Rows', now()) RETURNING id`, []);
      const user = await insert(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), 'rows@example.invalid', 'Rows', now()) RETURNING id`, []);
      const importRow = (status: string, records: object[]) =>
        insert(`INSERT INTO "KnownCheckImport" (id, "teamId", "createdById", status, origin, records, total) VALUES (gen_random_uuid(), $1, $2, $3::"ImportStatus", 'f.json', $4::jsonb, $5) RETURNING id`, [team, user, status, JSON.stringify(records), records.length]);
      const queued = await importRow("queued", [record(0), record(1), record(2)]);
      await importRow("done", [record(9)]);

      expect(await applyMigrations(url)).toContain(migration);

      const rows = (await client.query(`SELECT "importId", position, record->>'claimReviewed' AS claim FROM "KnownCheckImportRecord" ORDER BY position`)).rows;
      expect(rows).toEqual([0, 1, 2].map((n) => ({ importId: queued, position: n, claim: `Claim ${n}` })));
      const columns = (await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'KnownCheckImport' AND column_name = 'records'`)).rows;
      expect(columns).toEqual([]);
    } finally {
      await cleanUp();
    }
  });
});

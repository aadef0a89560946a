import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/server/db/migrations";
import { databaseBeforeMigration } from "../support/database-before-migration";

// The migration that gives outlets one key per name as people read it (hostile probe of stop 35) must
// merge the look-alike outlets a team already has before its unique index can exist, keeping every article.

const MIGRATION = "20261203150000_outlet_name_key";

describe(`the migration ${MIGRATION}`, () => {
  it("merges outlets whose names read alike into the rated or oldest one, with all their articles", { timeout: 120_000 }, async () => {
    const { url, client, cleanUp } = await databaseBeforeMigration(MIGRATION, "outlet_key");
    try {
      const insert = async (sql: string, values: unknown[]) => (await client.query(sql, values)).rows[0].id as string;
      const team = await insert(`INSERT INTO "Team" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'keys', 'Keys', now()) RETURNING id`, []);
      const other = await insert(`INSERT INTO "Team" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'other', 'Other', now()) RETURNING id`, []);
      const user = await insert(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), 'keys@example.invalid', 'Keys', now()) RETURNING id`, []);
      const outlet = (teamId: string, name: string, createdAt: string, rated = false) =>
        insert(
          `INSERT INTO "Outlet" (id, "teamId", name, "createdAt", "updatedAt", reliability, "reliabilityRationale") VALUES (gen_random_uuid(), $1, $2, $3, now(), $4, $5) RETURNING id`,
          [teamId, name, createdAt, rated ? "high" : null, rated ? "Checked." : null],
        );
      const article = (teamId: string, outletId: string, title: string) =>
        insert(
          `INSERT INTO "Article" (id, "teamId", "outletId", title, body, language, "contentHash", "importedById", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $3, 'de', $3, $4, now()) RETURNING id`,
          [teamId, outletId, title, user],
        );
      const oldest = await outlet(team, "Café Zeitung", "2026-01-01");
      const nfd = await outlet(team, "Cafe\u0301 Zeitung", "2026-02-01");
      const upper = await outlet(team, "CAFÉ ZEITUNG", "2026-03-01");
      const plain = await outlet(team, "Straßenblatt", "2026-01-01");
      const rated = await outlet(team, "STRASSENBLATT", "2026-04-01", true);
      const elsewhere = await outlet(other, "café zeitung", "2026-01-01");
      const articles = [await article(team, oldest, "a1"), await article(team, nfd, "a2"), await article(team, upper, "a3"), await article(team, plain, "b1"), await article(team, rated, "b2"), await article(other, elsewhere, "c1")];

      expect(await applyMigrations(url)).toContain(MIGRATION);

      const outlets = (await client.query(`SELECT id, "teamId", name, reliability, "nameKey" FROM "Outlet" ORDER BY "teamId" = $1 DESC, name`, [team])).rows;
      expect(outlets).toEqual([
        { id: oldest, teamId: team, name: "Café Zeitung", reliability: null, nameKey: "café zeitung" },
        { id: rated, teamId: team, name: "STRASSENBLATT", reliability: "high", nameKey: "strassenblatt" },
        { id: elsewhere, teamId: other, name: "café zeitung", reliability: null, nameKey: "café zeitung" },
      ]);
      const outletOf = new Map((await client.query(`SELECT id, "outletId" FROM "Article"`)).rows.map((row) => [row.id, row.outletId]));
      expect(articles.map((id) => outletOf.get(id))).toEqual([oldest, oldest, oldest, rated, rated, elsewhere]);
      // From now on the database refuses a second spelling.
      await expect(outlet(team, "cafe\u0301 zeitung", "2026-05-01")).rejects.toThrow(/Outlet_teamId_nameKey_key/);
    } finally {
      await cleanUp();
    }
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { DEMO_DOMAIN, seedDemo } from "@/lib/server/seed/seed-demo";

const root = path.resolve(import.meta.dirname, "../..");
const seedDir = path.join(root, "prisma", "seed");

describe("migrations", () => {
  it("are recorded in _prisma_migrations exactly as `prisma migrate deploy` records them", async () => {
    const onDisk = readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; checksum: string }[]>`
      SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe("foreign keys to rows deleted in bulk", () => {
  // Re-extracting an article's text deletes its untouched claims, and deleting an article or a claim
  // cascades to comments and the rest. PostgreSQL checks each foreign key that points at a deleted
  // row by reading the referencing table: without an index on the referencing columns that is a full
  // read per deleted row (17,524 claims held an article locked for 26 minutes: hostile probe of stop 26).
  it("have an index on their columns wherever they point at a claim, a comment or an article", async () => {
    const keys = await db.$queryRaw<{ referencing: string; columns: string; indexed: boolean }[]>`
      SELECT c.conrelid::regclass::text AS referencing,
             (SELECT string_agg(a.attname, ',' ORDER BY k.ordinality) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ordinality)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
             EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                       AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey
                       AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] <@ c.conkey) AS indexed
      FROM pg_constraint c
      WHERE c.contype = 'f' AND c.confrelid::regclass::text IN ('"Claim"', '"Comment"', '"Article"')`;
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !key.indexed).map((key) => `${key.referencing}(${key.columns})`)).toEqual([]);
  });
});

describe("first-start seed", () => {
  it("created one demo user per role in one team", async () => {
    const team = await db.team.findUniqueOrThrow({
      where: { slug: "demo" },
      include: { memberships: { include: { user: true } } },
    });
    // Other test files add members to the demo team; the seeded ones are those of the demo domain.
    const seeded = team.memberships.filter((m) => m.user.email.endsWith(`@${DEMO_DOMAIN}`));
    const byRole = Object.fromEntries(seeded.map((m) => [m.role, m.user.email]));
    expect(byRole).toEqual({
      admin: `admin@${DEMO_DOMAIN}`,
      editor: `editor@${DEMO_DOMAIN}`,
      reviewer: `reviewer@${DEMO_DOMAIN}`,
      viewer: `viewer@${DEMO_DOMAIN}`,
    });
  });

  it("imported the sample articles byte for byte, with the engine's claims", async () => {
    const manifest = JSON.parse(readFileSync(path.join(seedDir, "articles.json"), "utf8")) as { file: string; title: string }[];
    const articles = await db.article.findMany({
      where: { team: { slug: "demo" }, title: { in: manifest.map((m) => m.title) } },
      include: { _count: { select: { claims: true } } },
    });
    expect(articles).toHaveLength(manifest.length);
    for (const sample of manifest) {
      const article = articles.find((a) => a.title === sample.title)!;
      expect(Buffer.from(article.body, "utf8").equals(readFileSync(path.join(seedDir, sample.file)))).toBe(true);
      expect(article.extractedAt).not.toBeNull();
      expect(article._count.claims).toBeGreaterThan(5);
      const shared = path.join(root, "..", "shared", "seeds", sample.file);
      if (existsSync(shared)) expect(readFileSync(path.join(seedDir, sample.file)).equals(readFileSync(shared))).toBe(true);
    }
  });

  it("never seeds a database that already has data", async () => {
    // Counted by the demo's own rows: other test files add users of their own at the same time.
    const demoRows = async () => [await db.team.count({ where: { slug: "demo" } }), await db.user.count({ where: { email: { endsWith: "@demo.factdesk" } } })];
    const before = await demoRows();
    const result = await seedDemo(db, { password: "another-password", seedDir });
    expect(result).toEqual({ seeded: false, password: null, passwordGenerated: false });
    expect(await demoRows()).toEqual(before);
  });
});

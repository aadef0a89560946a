import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, BackupError, restoreDatabase, tableChecksum, type BackupManifest } from "@/lib/server/db/backup";
import { createDb } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrations";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { DEMO_PASSWORD } from "../support/test-constants";

const clusterUrl = process.env.DATABASE_URL!;
const work = mkdtempSync(path.join(tmpdir(), "factdesk-backup-test-"));
const root = path.resolve(import.meta.dirname, "../..");
// The database backed up: its own, seeded as a first start seeds one. The shared test database grows with every
// test file that ran before this one (80,000-claim articles, 50 MB imports), and three restores of it took from
// 84 s to past the two-minute limit depending on the order the files ran in.
let sourceUrl: string;

/** A new, migrated database in the test cluster. */
async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return url.toString();
}

async function checksums(url: string, tables: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await tableChecksum(client, table)] as const)));
  } finally {
    await client.end();
  }
}

let file: string;
let manifest: BackupManifest;
const suffix = Date.now();

beforeAll(async () => {
  sourceUrl = await freshDatabase(`backup_source_${suffix}`);
  const db = createDb(sourceUrl);
  try {
    await seedDemo(db, { password: DEMO_PASSWORD, seedDir: path.join(root, "prisma", "seed") });
  } finally {
    await db.$disconnect();
  }
  file = path.join(work, "factdesk.tar.gz");
  manifest = await backupDatabase(sourceUrl, file);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("backup and restore", () => {
  it("round-trips every table: the restored database has each table's rows exactly", { timeout: 120_000 }, async () => {
    const names = manifest.tables.map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(["Team", "User", "Article", "Claim", "FinalVerdict", "Verdict", "Comment", "Activity", "Source", "Citation", "ShareLink", "Outlet"]));
    expect(manifest.tables.find((table) => table.name === "Claim")!.rows).toBeGreaterThan(0);
    const target = await freshDatabase(`restore_a_${suffix}`);
    await restoreDatabase(target, file);
    const restored = await checksums(target, names);
    for (const table of manifest.tables) expect(restored[table.name], table.name).toEqual({ rows: table.rows, checksum: table.checksum });
  });

  it("refuses a database with data unless told to replace it, and a damaged backup changes nothing", { timeout: 120_000 }, async () => {
    const target = await freshDatabase(`restore_b_${suffix}`);
    await restoreDatabase(target, file);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/already holds data.*--replace/);
    const before = await checksums(target, ["Claim", "Article"]);

    // The same backup with one claim's text altered: the load is checked and rolled back.
    const unpacked = path.join(work, "unpacked");
    rmSync(unpacked, { recursive: true, force: true });
    mkdirSync(unpacked, { recursive: true });
    await tar.extract({ file, cwd: unpacked });
    const claims = path.join(unpacked, "Claim.copy");
    writeFileSync(claims, readFileSync(claims, "utf8").replace(/\tDie /, "\tDIE "));
    const damaged = path.join(work, "damaged.tar.gz");
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, ["manifest.json", ...manifest.tables.map((table) => `${table.name}.copy`)]);
    await expect(restoreDatabase(target, damaged, { replace: true })).rejects.toThrow(/Table Claim did not restore exactly.*nothing was changed/);
    expect(await checksums(target, ["Claim", "Article"])).toEqual(before);

    writeFileSync(path.join(work, "junk.tar.gz"), "not a backup");
    await expect(restoreDatabase(target, path.join(work, "junk.tar.gz"), { replace: true })).rejects.toBeInstanceOf(BackupError);
    await restoreDatabase(target, file, { replace: true });
  });

  it("works from the command line (npm run db:backup / db:restore)", { timeout: 180_000 }, async () => {
    const run = promisify(execFile);
    const target = await freshDatabase(`restore_c_${suffix}`);
    const cliFile = path.join(work, "cli.tar.gz");
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    const backup = await run(tsx, ["scripts/db-backup.ts", cliFile], { cwd: root, env: { ...process.env, DATABASE_URL: sourceUrl } });
    expect(backup.stdout).toMatch(/Backed up \d+ tables/);
    const restore = await run(tsx, ["scripts/db-restore.ts", cliFile], { cwd: root, env: { ...process.env, DATABASE_URL: target } });
    expect(restore.stdout).toMatch(/Restored \d+ tables.*checksum matches/);
    const refused = await run(tsx, ["scripts/db-restore.ts", cliFile], { cwd: root, env: { ...process.env, DATABASE_URL: target } }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/already holds data/) });
  });
});

import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, defaultMigrationPaths } from "@/lib/server/db/migrations";

/**
 * A new database on the test server with every migration before `migration` applied, to fill with
 * data as it stood then and see what `migration` does to it (`applyMigrations(url)` applies the rest).
 */
export async function databaseBeforeMigration(migration: string, name: string): Promise<{ url: string; client: pg.Client; cleanUp: () => Promise<void> }> {
  const paths = defaultMigrationPaths();
  const work = mkdtempSync(path.join(tmpdir(), "factdesk-migration-"));
  const before = path.join(work, "migrations");
  cpSync(paths.migrationsDir, before, { recursive: true });
  const later = readdirSync(before).filter((dir) => dir >= migration && !dir.endsWith(".toml"));
  if (!later.includes(migration)) throw new Error(`No migration ${migration}`);
  for (const dir of later) rmSync(path.join(before, dir), { recursive: true });

  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await admin.connect();
  const database = `${name}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  await applyMigrations(url.toString(), { ...paths, migrationsDir: before });
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return { url: url.toString(), client, cleanUp: async () => { await client.end(); rmSync(work, { recursive: true, force: true }); } };
}

import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import * as tar from "tar";

// Logical backups of the app's tables without pg_dump: the embedded PostgreSQL 18 ships no pg_dump,
// and an older system pg_dump refuses a newer server. Each table is written with COPY (text format)
// inside one REPEATABLE READ snapshot, beside a manifest with the migrations, the columns and a
// checksum per table; a restore loads them in one transaction, so it lands whole or not at all.

export const BACKUP_FORMAT = "factdesk-backup/1";

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number; checksum: string }[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Order-independent fingerprint of a table's rows (generated columns included). */
export async function tableChecksum(client: pg.ClientBase, table: string): Promise<{ rows: number; checksum: string }> {
  const { rows } = await client.query<{ rows: number; checksum: string }>(
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS checksum FROM ${quote(table)} t`,
  );
  return rows[0]!;
}

/** The app's tables (public schema) with their stored, non-generated columns. */
async function appTables(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.table_name AS name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER' AND c.table_name <> '_prisma_migrations'
    GROUP BY c.table_name ORDER BY c.table_name`);
  return rows;
}

export async function backupDatabase(url: string, file: string): Promise<BackupManifest> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-backup-"));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)).rows.map((row) => row.name);
    const tables: BackupManifest["tables"] = [];
    for (const table of await appTables(client)) {
      const columns = table.columns.map(quote).join(", ");
      await pipeline(client.query(copyTo(`COPY ${quote(table.name)} (${columns}) TO STDOUT`)), createWriteStream(path.join(dir, `${table.name}.copy`)));
      tables.push({ ...table, ...(await tableChecksum(client, table.name)) });
    }
    await client.query("COMMIT");
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables };
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
    await tar.create({ gzip: true, file, cwd: dir, portable: true }, ["manifest.json", ...tables.map((table) => `${table.name}.copy`)]);
    return manifest;
  } finally {
    await client.end().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

export class BackupError extends Error {}

/**
 * Loads a backup into a migrated database. Refuses a database that already holds a team unless
 * `replace` is set; then the current rows are replaced in the same transaction as the load.
 */
export async function restoreDatabase(url: string, file: string, { replace = false } = {}): Promise<BackupManifest> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-restore-"));
  const client = new pg.Client({ connectionString: url });
  try {
    await tar.extract({ file, cwd: dir, strict: true }).catch((error: Error) => {
      throw new BackupError(`${file} is not a readable Factdesk backup (${error.message}).`);
    });
    const manifest = readManifest(dir);
    await client.connect();
    const applied = new Set((await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL`)).rows.map((row) => row.name));
    const missing = manifest.migrations.filter((name) => !applied.has(name));
    if (missing.length) throw new BackupError(`The backup was made by a newer version (migrations ${missing.join(", ")}); update Factdesk first.`);
    const { rows } = await client.query<{ teams: number }>(`SELECT count(*)::int AS teams FROM "Team"`);
    if (rows[0]!.teams > 0 && !replace) throw new BackupError("The database already holds data. Restore into an empty database, or pass --replace to replace everything in it.");

    await client.query("BEGIN");
    try {
      // Tables load one by one, so foreign-key triggers are off for the load (as with pg_restore
      // --disable-triggers); the rows come from one consistent snapshot and are checksummed below.
      await client.query("SET LOCAL session_replication_role = replica");
      const names = (await appTables(client)).map((table) => quote(table.name));
      await client.query(`TRUNCATE ${names.join(", ")} CASCADE`);
      for (const table of manifest.tables) {
        const columns = table.columns.map(quote).join(", ");
        await pipeline(createReadStream(path.join(dir, `${table.name}.copy`)), client.query(copyFrom(`COPY ${quote(table.name)} (${columns}) FROM STDIN`)));
        const loaded = await tableChecksum(client, table.name);
        if (loaded.rows !== table.rows || loaded.checksum !== table.checksum) {
          throw new BackupError(`Table ${table.name} did not restore exactly (${loaded.rows} of ${table.rows} rows, checksum ${loaded.checksum === table.checksum ? "equal" : "differs"}); nothing was changed.`);
        }
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      if (/session_replication_role/.test((error as Error).message)) throw new BackupError("Restoring needs a database superuser (foreign-key triggers are switched off for the load, as pg_restore --disable-triggers does).");
      throw error;
    }
    return manifest;
  } finally {
    await client.end().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

function readManifest(dir: string): BackupManifest {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) throw new Error(`format ${String(manifest.format)}`);
    return manifest;
  } catch (error) {
    throw new BackupError(`The backup has no valid manifest (${(error as Error).message}).`);
  }
}

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's native schema engine is a download that is not reachable everywhere; the same engine is
// published as WebAssembly, so migrations run through it and stay compatible with `prisma migrate`.

const require = createRequire(import.meta.url);
type Bindings = typeof import("@prisma/schema-engine-wasm");

let bindingsPromise: Promise<Bindings> | undefined;

async function loadBindings(): Promise<Bindings> {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(gluePath)) as Bindings & { __wbg_set_wasm(exports: unknown): void };
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export async function openSchemaEngine(connectionString: string, schema: string): Promise<SchemaEngineSession> {
  bindingsPromise ??= loadBindings();
  const { SchemaEngine } = await bindingsPromise;
  // Our own pool, ended on close: the engine's connection kept its session (and with it the migration's advisory lock)
  // until the pool's 10-second idle timeout, so a second migration of the same database right after waited the same
  // 10 seconds for the lock and failed at random under load (fresh-clone run of stop 40).
  const pool = new pg.Pool({ connectionString, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const log = (line: string) => {
    if (process.env.FACTDESK_DEBUG_MIGRATIONS) console.error(line);
  };
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, log, adapter);
  return {
    engine,
    close: async () => {
      engine.free();
      if (!pool.ended) await pool.end();
    },
  };
}

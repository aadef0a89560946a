import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./prepare-database";

/**
 * `prisma generate` does not run the schema engine but insists that one exists, and downloads it where
 * it is missing, which fails offline; any existing file satisfies that check.
 */
export function generatePrismaClient(): void {
  const placeholder = path.join(tmpdir(), "factdesk-no-schema-engine");
  if (!existsSync(placeholder)) writeFileSync(placeholder, "");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate", "--config", ".config/prisma.ts"],
    {
      cwd: root,
      stdio: "inherit",
      env: { PRISMA_SCHEMA_ENGINE_BINARY: placeholder, ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile(), schemaHash());
}

const generatedDir = () => path.join(root, "lib", "server", "db", "generated");
const stampFile = () => path.join(generatedDir(), ".schema-hash");
const schemaHash = () => createHash("sha256").update(readFileSync(path.join(root, "prisma", "schema.prisma"))).digest("hex");

/**
 * Generates the client when it is missing or was generated from another schema: after a `git pull` that
 * changed the schema, `npm start` built against the old client and failed type-checking (stop 37).
 */
export function ensurePrismaClient(): void {
  const current = existsSync(path.join(generatedDir(), "client.ts")) && existsSync(stampFile()) && readFileSync(stampFile(), "utf8") === schemaHash();
  if (!current) generatePrismaClient();
}

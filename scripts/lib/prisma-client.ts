import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
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
}

export function ensurePrismaClient(): void {
  if (!existsSync(path.join(root, "lib", "server", "db", "generated", "client.ts"))) generatePrismaClient();
}

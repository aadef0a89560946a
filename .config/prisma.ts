import { defineConfig } from "prisma/config";

// Used by the native Prisma CLI where it is available (`prisma migrate status`, `prisma studio`).
// Factdesk's own scripts migrate through the WebAssembly schema engine (scripts/db-migrate.ts).
export default defineConfig({
  schema: "../prisma/schema.prisma",
  migrations: { path: "../prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

// `npm run team:create -- --name "Second desk" --admin-email person@example.org [--admin-name "Kim Meyer"]`:
// a new, empty team for another desk or newsroom on this server, with its first admin. Works while the
// app runs (it joins the running embedded PostgreSQL) and when it does not (it starts it).
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { runningConnectionString } from "@/lib/server/db/embedded-postgres";
import { createTeamInput } from "@/lib/validations/team";
import { dataDir, prepareDatabase } from "./lib/prepare-database";

const USAGE = 'Usage: npm run team:create -- --name "Second desk" --admin-email person@example.org [--admin-name "Kim Meyer"]';
// An unknown option or --help gets the usage line, not a stack trace (hostile probe of stop 47).
let values: { name?: string; "admin-email"?: string; "admin-name"?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { name: { type: "string" }, "admin-email": { type: "string" }, "admin-name": { type: "string" }, help: { type: "boolean", short: "h" } } }));
} catch (error) {
  console.error(`✖ ${(error as Error).message.split("\n")[0]}`);
  console.error(`  ${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const email = z.email().safeParse(values["admin-email"]?.trim());
const team = createTeamInput.safeParse({ name: values.name ?? "" });
if (!email.success || !team.success) {
  console.error(team.success ? "✖ Give the admin's address: --admin-email person@example.org" : `✖ ${team.error.issues[0]!.message}`);
  console.error(`  ${USAGE}`);
  process.exit(2);
}

const running = process.env.DATABASE_URL ? null : runningConnectionString(path.join(dataDir, "postgres"), "factdesk");
const database = running ? { url: running, stop: async () => {} } : await prepareDatabase();
try {
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/server/db/client");
  const { AppError } = await import("@/lib/server/errors");
  const { createTeamWithAdmin } = await import("@/lib/server/team/create-team-with-admin");
  const adminName = values["admin-name"]?.trim() || email.data.split("@")[0]!;
  try {
    const result = await createTeamWithAdmin({ input: team.data, admin: { email: email.data, name: adminName } });
    console.log(`▸ Created team “${result.team.name}” (${result.team.id}) with admin ${result.email}`);
    if (result.replaced) console.log("  The address had an account whose address was never confirmed (no password yet, or one set through an invitation link); it now has the password below, and its sessions ended.");
    console.log(result.password ? `  Password (shown once; they can change it in their profile): ${result.password}` : "  The admin already had an account and signs in with their own password.");
  } catch (error) {
    // A refusal (a name that reads like another team's) is one sentence, not a stack trace (hostile probe of stop 47).
    if (!(error instanceof AppError)) throw error;
    console.error(`✖ ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.stop();
}

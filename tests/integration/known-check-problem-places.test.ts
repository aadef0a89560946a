import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam } from "../support/factory";

// Problems of known-check imports name their place in a field; the migration rewrites the problems
// stored before, whose messages said "Line 3 is not JSON." themselves.
describe("known-check problem places migration", () => {
  it("moves the line or block number out of stored messages and marks where every problem is", async () => {
    const migration = readFileSync("prisma/migrations/20261201170000_known_check_problem_places/migration.sql", "utf8");
    const team = await createTestTeam("problem-places");
    const stored = (errors: object[], origin: string) =>
      db.knownCheckImport.create({ data: { teamId: team.teamId, createdById: team.actors.admin.userId, origin, total: 0, errors } });
    const ndjson = await stored(
      [
        { item: 2, message: "Line 2 is not JSON." },
        { item: 3, message: "Line 3 is not a JSON object." },
        { item: 4, message: "Line 4 holds no ClaimReview." },
        { item: 5, message: "Its url is not a valid address." },
      ],
      "old.ndjson",
    );
    const page = await stored([{ item: 1, message: "JSON-LD block 1 of the page is not valid JSON." }, { item: 2, message: "It has no url (the address of the review)." }], "https://checker.example/");
    const clean = await stored([], "clean.json");

    await db.$executeRawUnsafe(migration.replace(/--.*$/gm, ""));

    const errors = async (id: string) => (await db.knownCheckImport.findUniqueOrThrow({ where: { id } })).errors;
    expect(await errors(ndjson.id)).toEqual([
      { item: 2, where: "line", message: "Not JSON." },
      { item: 3, where: "line", message: "Not a JSON object." },
      { item: 4, where: "line", message: "Holds no ClaimReview." },
      { item: 5, where: "line", message: "Its url is not a valid address." },
    ]);
    expect(await errors(page.id)).toEqual([
      { item: 1, where: "block", message: "Not valid JSON." },
      { item: 2, where: "review", message: "It has no url (the address of the review)." },
    ]);
    expect(await errors(clean.id)).toEqual([]);
  });
});

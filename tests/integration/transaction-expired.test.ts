import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { errorResponse } from "@/lib/server/http/error-response";
import { limitStatementTime } from "@/lib/server/db/statement-timeout";
import { createTestTeam, type TestTeam } from "../support/factory";

// Found by the hostile probe of stop 25: a 1.7 MB article written while the machine was very busy
// outlived its transaction's time limit and answered 500. A write that expires is the server's load,
// not the request's fault: 503 with a sentence, and nothing of it saved.

let team: TestTeam;
beforeAll(async () => {
  team = await createTestTeam("expired");
});

describe("a write that outlives its transaction", () => {
  it("answers 503 with a sentence that nothing was saved, and saves nothing", async () => {
    const name = `Expired ${Date.now()}`;
    const error = await db
      .$transaction(
        async (tx) => {
          await tx.outlet.create({ data: { teamId: team.teamId, name } });
          // Longer than the limit below, as a write of a huge text on a saturated database is.
          await tx.$queryRawUnsafe("SELECT pg_sleep(0.4)::text AS slept");
          await tx.outlet.create({ data: { teamId: team.teamId, name: `${name} 2` } });
        },
        { timeout: 100 },
      )
      .then(() => null, (caught: unknown) => caught);
    expect(error).not.toBeNull();

    const response = errorResponse(error, "expired-request", "en");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("UNAVAILABLE");
    expect(body.error.message).toBe("The server was too busy to finish saving in time. Nothing was saved; try again in a moment.");
    expect((await errorResponse(error, "expired-request", "de").json()).error.message).toContain("nichts gespeichert");
    expect(await db.outlet.count({ where: { teamId: team.teamId, name: { startsWith: name } } })).toBe(0);
  });
});

describe("a statement that outlives its transaction's limit", () => {
  it("is ended by PostgreSQL, answers 503, saves nothing and holds no lock afterwards", async () => {
    const name = `Statement ${Date.now()}`;
    const outlet = await db.outlet.create({ data: { teamId: team.teamId, name } });
    const error = await db
      .$transaction(async (tx) => {
        await limitStatementTime(tx, 200);
        await tx.outlet.update({ where: { id: outlet.id }, data: { name: `${name} renamed` } });
        await tx.$queryRawUnsafe("SELECT pg_sleep(5)::text AS slept");
      }, { timeout: 10_000 })
      .then(() => null, (caught: unknown) => caught);
    expect(error).not.toBeNull();
    const response = errorResponse(error, "statement-timeout", "en");
    expect(response.status).toBe(503);
    // The row is free again: another write to it goes through at once.
    await db.$transaction(async (tx) => {
      await limitStatementTime(tx, 2_000);
      await tx.outlet.update({ where: { id: outlet.id }, data: { name: `${name} again` } });
    });
    expect((await db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).name).toBe(`${name} again`);
  });
});

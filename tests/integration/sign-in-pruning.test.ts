import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pruneSignInAttempts } from "@/lib/server/auth/prune-sign-in-attempts";
import { db } from "@/lib/server/db/client";

describe("sign-in attempts are not kept forever", () => {
  it("deletes attempts older than the rate limit's longest look-back (31 days) and keeps the rest", async () => {
    const email = `prune-${randomUUID()}@test.factdesk`;
    const day = 24 * 60 * 60_000;
    const now = new Date();
    await db.signInAttempt.createMany({
      data: [40, 32, 30, 1].map((days) => ({ email, ip: "203.0.113.9", succeeded: days === 30, createdAt: new Date(now.getTime() - days * day) })),
    });
    expect(await pruneSignInAttempts(now)).toBeGreaterThanOrEqual(2);
    const left = await db.signInAttempt.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    // The success 30 days ago still makes this address "known" for the account; the two older rows are gone.
    expect(left.map((row) => Math.round((now.getTime() - row.createdAt.getTime()) / day))).toEqual([30, 1]);
  });
});

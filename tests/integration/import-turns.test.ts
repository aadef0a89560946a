import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { workImportJob } from "@/lib/server/import/work-import-job";
import { createTestTeam, type TestTeam } from "../support/factory";

let big: TestTeam;
let small: TestTeam;
beforeAll(async () => {
  [big, small] = await Promise.all([createTestTeam("turns-big"), createTestTeam("turns-small")]);
});

describe("bulk imports of two teams", () => {
  it("hand the worker over after their turn while another team's import waits, and go on later from where they stopped", async () => {
    const stamp = Date.now();
    const payload = Array.from({ length: 20 }, (_, i) => JSON.stringify({ title: `Turn ${i}`, text: `Turn ${stamp}: Der Preis ${i} stieg um ${i} Prozent.` })).join("\n");
    const bigJob = await db.importJob.create({ data: { teamId: big.teamId, createdById: big.actors.editor.userId, payload, total: 20 } });
    const waiting = await db.importJob.create({
      data: { teamId: small.teamId, createdById: small.actors.editor.userId, payload: JSON.stringify({ title: "Small", text: "Klein." }), total: 1 },
    });

    // A turn of 0 ms is over after the first line: the small team waits with nothing running.
    expect(await workImportJob(bigJob.id, { turnMs: 0 })).toBe("handed-back");
    const handedBack = await db.importJob.findUniqueOrThrow({ where: { id: bigJob.id } });
    expect(handedBack).toMatchObject({ status: "running", heartbeatAt: null, processed: 1, succeeded: 1 });

    // The small team's import is worked; with nobody waiting, the big one then runs to its end.
    await workImportJob(waiting.id);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "done", succeeded: 1 });
    let outcome: "handed-back" | undefined = "handed-back";
    for (let take = 0; outcome === "handed-back" && take < 50; take++) outcome = await workImportJob(bigJob.id, { turnMs: 60_000 });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: bigJob.id } })).toMatchObject({ status: "done", processed: 20, succeeded: 20, failed: 0 });
    expect(await db.article.count({ where: { teamId: big.teamId, body: { startsWith: `Turn ${stamp}` } } })).toBe(20);
  });
});

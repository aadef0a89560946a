import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { api } from "../support/http";
import { createRoleTokens, createTestTeam, type TestTeam } from "../support/factory";

// Re-probe of stop 41: another team's one-line import waited 43 s behind one team's 40 small imports, served first come,
// first served. A job now goes into the queue behind its own team's waiting jobs (pg-boss takes higher priorities first).
const priorityOf = async (importJobId: string) =>
  (await db.$queryRaw<{ priority: number }[]>`SELECT priority FROM pgboss.job WHERE name = 'article-import' AND data->>'importJobId' = ${importJobId}`)[0]?.priority;

describe("the import queue", () => {
  let busy: TestTeam;
  let quiet: TestTeam;
  beforeAll(async () => {
    [busy, quiet] = await Promise.all([createTestTeam("queue-busy"), createTestTeam("queue-quiet")]);
  });

  it("puts a team's import behind its own waiting imports, and another team's first import ahead of them", async () => {
    // Three imports of the busy team wait (never sent to the queue, so they stay waiting while the test looks).
    const waiting = await Promise.all(
      [1, 2, 3].map(() => db.importJob.create({ data: { teamId: busy.teamId, createdById: busy.actors.editor.userId, payload: "{}", total: 1 } })),
    );
    try {
      const line = (label: string) => `${JSON.stringify({ title: label, text: `${label} ${Date.now()}: Die Zahl stieg um 4 Prozent.` })}\n`;
      const send = async (team: TestTeam, label: string) => {
        const token = (await createRoleTokens(team)).editor;
        const created = await api("/api/v1/imports", { token, method: "POST", body: line(label), headers: { "content-type": "application/x-ndjson" } });
        expect(created.status).toBe(202);
        return created.body.data.id as string;
      };
      expect(await priorityOf(await send(busy, "Busy"))).toBe(-3);
      expect(await priorityOf(await send(quiet, "Quiet"))).toBe(0);
    } finally {
      await db.importJob.updateMany({ where: { id: { in: waiting.map((job) => job.id) } }, data: { status: "failed", finishedAt: new Date() } });
    }
  });
});

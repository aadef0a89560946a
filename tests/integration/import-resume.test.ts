import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { strandedImportIds } from "@/lib/server/import/stranded-imports";
import { STALE_AFTER_MS, workImportJob } from "@/lib/server/import/work-import-job";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, type TestTeam } from "../support/factory";

let team: TestTeam;
beforeAll(async () => {
  team = await createTestTeam("resume");
});

describe("a bulk import after a worker crash", () => {
  it("continues after the saved progress and counts the line it had imported just before the crash", async () => {
    const stamp = Date.now();
    const line = (i: number) => JSON.stringify({ title: `Resume ${i}`, text: `Resume ${stamp}: Die Zahl ${i} stieg um ${i} Prozent.` });
    const payload = Array.from({ length: 30 }, (_, i) => line(i)).join("\n");
    const startedAt = new Date(Date.now() - 1000);
    // The crashed run had saved progress after 10 lines, then imported line 11 before dying.
    const done = [];
    for (let i = 0; i < 11; i++) {
      const article = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse(JSON.parse(line(i))) });
      done.push({ line: i + 1, articleId: article.id });
    }
    const job = await db.importJob.create({
      data: {
        teamId: team.teamId, createdById: team.actors.editor.userId, payload, total: 30, status: "running", startedAt,
        processed: 10, succeeded: 10, imported: done.slice(0, 10),
      },
    });
    await workImportJob(job.id);
    const finished = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(finished).toMatchObject({ status: "done", processed: 30, succeeded: 30, failed: 0 });
    expect(await db.article.count({ where: { teamId: team.teamId, body: { startsWith: `Resume ${stamp}` } } })).toBe(30);
    await workImportJob(job.id); // a duplicate delivery of a finished job changes nothing
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ processed: 30, succeeded: 30 });
  });

  it("is worked by one worker at a time: a job with a live heartbeat is left alone, a stale one is taken over", async () => {
    const stamp = Date.now();
    const payload = Array.from({ length: 12 }, (_, i) => JSON.stringify({ title: `Lease ${i}`, text: `Lease ${stamp}: Der Wert ${i} fiel um ${i} Prozent.` })).join("\n");
    const job = await db.importJob.create({
      data: { teamId: team.teamId, createdById: team.actors.editor.userId, payload, total: 12, status: "running", startedAt: new Date(), heartbeatAt: new Date() },
    });
    await workImportJob(job.id); // its worker is alive (heartbeat just now): a second delivery does nothing
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "running", processed: 0 });
    expect(await db.article.count({ where: { teamId: team.teamId, body: { startsWith: `Lease ${stamp}` } } })).toBe(0);

    await db.importJob.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1000) } });
    expect(await strandedImportIds()).toContain(job.id);
    await workImportJob(job.id); // the worker went silent: taken over and finished
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "done", processed: 12, succeeded: 12 });
    expect(await db.article.count({ where: { teamId: team.teamId, body: { startsWith: `Lease ${stamp}` } } })).toBe(12);
  });

  it("fails the job clearly when the person who started it is no longer a member", async () => {
    const gone = await createTestTeam("resume-gone");
    await db.membership.updateMany({ where: { userId: gone.actors.editor.userId }, data: { disabledAt: new Date() } });
    const job = await db.importJob.create({ data: { teamId: gone.teamId, createdById: gone.actors.editor.userId, payload: "{}", total: 1 } });
    await workImportJob(job.id);
    const failed = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(failed.status).toBe("failed");
    expect(JSON.stringify(failed.errors)).toMatch(/no longer an active member/);
  });
});


import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { articlePdfResponse } from "@/lib/server/report/report-response";
import { asWorkOf } from "@/lib/server/workers/heavy-owner";
import { runHeavyAfterTurn } from "@/lib/server/workers/heavy-pool";
import { createShareLink } from "@/lib/server/share/share-links";
import { publicFactCheckPdf } from "@/lib/server/share/public-fact-check-pdf";
import { createShareLinkInput } from "@/lib/validations/report";
import { createTestTeam, teamWithArticle } from "../support/factory";

// Probe of stop 40: forty clients of one team asking for a 2,000-claim PDF in a loop. Every request refused as busy
// had read and built its report first, on the thread that answers everyone, and another team's small reads took 40
// times as long. A PDF's report is now read only once a render thread is free for it.

/** Fills `owner`'s share of the pool's threads and queue with work that waits; returns how to let it all go. */
async function fillShare(owner: string) {
  const releases: (() => void)[] = [];
  let prepared = 0;
  const blocked = () =>
    new Promise<never>((_, reject) => {
      prepared++;
      releases.push(() => reject(new Error("released")));
    });
  const queued: Promise<unknown>[] = [];
  let refusal: unknown = null;
  for (let i = 0; i < 200 && !refusal; i++) {
    const run = asWorkOf(owner, () => runHeavyAfterTurn("pdf", blocked, "too slow"));
    const outcome = await Promise.race([run.then(() => "ran", (error: unknown) => error), new Promise((resolve) => setTimeout(() => resolve("waiting"), 5))]);
    if (outcome === "waiting") queued.push(run.catch(() => {}));
    else refusal = outcome;
  }
  return {
    refusal,
    queued,
    prepared: () => prepared,
    async release() {
      // Releasing the running ones lets the waiting ones prepare in turn, until all are done.
      while (releases.length) {
        for (const release of releases.splice(0)) release();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await Promise.all(queued);
    },
  };
}

describe("work prepared for the worker pool", () => {
  it("is prepared only when a thread is free for it: a request refused as busy prepares nothing, and another team still gets a turn", async () => {
    const share = await fillShare("team-a");
    expect(share.refusal).toMatchObject({ code: "UNAVAILABLE" });
    // Those waiting in line prepared nothing yet: only those running did.
    expect(share.prepared()).toBeGreaterThan(0);
    expect(share.prepared()).toBeLessThan(share.queued.length);

    const refusedWork = vi.fn(async () => ({}) as never);
    await expect(asWorkOf("team-a", () => runHeavyAfterTurn("pdf", refusedWork, "too slow"))).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect(refusedWork).not.toHaveBeenCalled();

    const otherTeam = vi.fn(async (): Promise<never> => {
      throw new Error("prepared for the other team");
    });
    await expect(asWorkOf("team-b", () => runHeavyAfterTurn("pdf", otherTeam, "too slow"))).rejects.toThrow("prepared for the other team");

    await share.release();
    expect(share.prepared()).toBe(share.queued.length);
  });

  // Re-probe of stop 40: an unknown article's PDF waited for a render thread, and came back 503 or a slow 404.
  it("answers an unknown article's PDF with 404 at once, even while the team's share of the pool is taken", async () => {
    const team = await createTestTeam("heavy-turn");
    const share = await fillShare(team.teamId);
    await expect(asWorkOf(team.teamId, () => articlePdfResponse({ actor: team.actors.editor, articleId: randomUUID() }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await share.release();
  });

  // Probe of stop 41: public-link PDFs were work of nobody, one lane for all: one team's link asked for in a loop made
  // every other team's public PDFs wait 40 s. A public PDF counts as work of the team whose link it is.
  it("counts a public link's PDF against the team of the link, so another team's public PDF still gets a turn", async () => {
    const linkFor = async (label: string) => {
      const { team, articleId } = await teamWithArticle(label, "Die Stadt senkte die Grundsteuer um 5 Prozent.");
      const link = await createShareLink({ actor: team.actors.editor, articleId, input: createShareLinkInput.parse({}) });
      return { team, token: link.token };
    };
    const busy = await linkFor("public-busy");
    const other = await linkFor("public-other");
    const share = await fillShare(busy.team.teamId);
    await expect(publicFactCheckPdf(busy.token)).rejects.toMatchObject({ code: "UNAVAILABLE" });
    const pdf = await publicFactCheckPdf(other.token);
    expect(Buffer.from(pdf!.pdf).subarray(0, 5).toString()).toBe("%PDF-");
    await share.release();
  }, 60_000);
});

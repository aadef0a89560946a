import { describe, expect, it } from "vitest";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";
import { LARGE_READ_CLAIMS, largeReadTurn } from "@/lib/server/http/large-reads";

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

// Probe of stop 32: six clients reading a 17,910-claim article in a loop slowed other teams past a second.
// Probe of stop 43: one team's loops held both turns, and another team's large article waited seconds.
describe("largeReadTurn", () => {
  it("lets small reads through at once and large ones two at a time, one per team, the next when one ends", async () => {
    const small = await largeReadTurn(LARGE_READ_CLAIMS - 1, "a");
    small();
    const first = await largeReadTurn(LARGE_READ_CLAIMS, "a");
    let secondOfA = false;
    const waitingOfA = largeReadTurn(LARGE_READ_CLAIMS, "a").then((done) => ((secondOfA = true), done));
    // Team A has its one turn: team B gets the second at once.
    const ofB = await largeReadTurn(80_000, "b");
    let thirdStarted = false;
    const third = largeReadTurn(LARGE_READ_CLAIMS, "c").then((done) => ((thirdStarted = true), done));
    await tick();
    expect([secondOfA, thirdStarted]).toEqual([false, false]);
    first();
    first(); // ending a turn twice frees one slot only
    const done = await waitingOfA;
    expect([secondOfA, thirdStarted]).toEqual([true, false]);
    ofB();
    (await third)();
    done();
  });
});

describe("inHeavyReadTurn", () => {
  it("runs at most two heavy reads of one team at once while another team's read goes at once, and says when too many wait", async () => {
    const gates: (() => void)[] = [];
    const blocked = () => new Promise<void>((resolve) => gates.push(resolve));
    const running = [inHeavyReadTurn("team-a", blocked), inHeavyReadTurn("team-a", blocked)];
    let thirdRan = false;
    const third = inHeavyReadTurn("team-a", async () => void (thirdRan = true));
    await tick();
    expect(thirdRan).toBe(false);
    expect(await inHeavyReadTurn("team-b", async () => "b read")).toBe("b read");
    // Fifty more of team A may wait; the fifty-first is refused with a sentence.
    const waiting = Array.from({ length: 49 }, () => inHeavyReadTurn("team-a", async () => "late"));
    await expect(inHeavyReadTurn("team-a", async () => "refused")).rejects.toMatchObject({ code: "UNAVAILABLE" });
    gates.forEach((open) => open());
    await Promise.all(running);
    await third;
    expect(thirdRan).toBe(true);
    expect(await Promise.all(waiting)).toHaveLength(49);
  });
});

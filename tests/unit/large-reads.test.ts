import { describe, expect, it } from "vitest";
import { LARGE_READ_CLAIMS, largeReadTurn } from "@/lib/server/http/large-reads";

// Probe of stop 32: six clients reading a 17,910-claim article in a loop slowed other teams past a second.
describe("largeReadTurn", () => {
  it("lets small reads through at once and large ones two at a time, the next when one ends", async () => {
    const small = await largeReadTurn(LARGE_READ_CLAIMS - 1);
    small();
    const first = await largeReadTurn(LARGE_READ_CLAIMS);
    const second = await largeReadTurn(80_000);
    let thirdStarted = false;
    const third = largeReadTurn(LARGE_READ_CLAIMS).then((done) => ((thirdStarted = true), done));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(thirdStarted).toBe(false);
    first();
    first(); // ending a turn twice frees one slot only
    const done = await third;
    expect(thirdStarted).toBe(true);
    let fourthStarted = false;
    const fourth = largeReadTurn(LARGE_READ_CLAIMS).then((end) => ((fourthStarted = true), end));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fourthStarted).toBe(false);
    second();
    (await fourth)();
    done();
  });
});

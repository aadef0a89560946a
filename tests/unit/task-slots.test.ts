import { describe, expect, it } from "vitest";
import { TaskSlots } from "@/lib/server/workers/task-slots";

// The heavy pool's queue: a task's time limit starts when it gets a slot, so the slots must hand
// themselves on in order, never run more than their number, and refuse past the queue's length.
describe("task slots", () => {
  it("run at most `size` at once and hand a freed slot to the longest waiting task", async () => {
    const slots = new TaskSlots(2, 3);
    const first = (await slots.take())!;
    const second = (await slots.take())!;
    const started: string[] = [];
    const third = slots.take().then((release) => (started.push("third"), release!));
    const fourth = slots.take().then((release) => (started.push("fourth"), release!));
    await Promise.resolve();
    expect(slots.load).toEqual({ running: 2, waiting: 2 });
    expect(started).toEqual([]);

    first();
    first(); // a second release of the same slot frees nothing more
    await third;
    expect(started).toEqual(["third"]);
    expect(slots.load).toEqual({ running: 2, waiting: 1 });
    second();
    (await fourth)();
    (await third)();
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  it("answers null at once when the queue is full (the caller's 503), and takes tasks again once it drains", async () => {
    const slots = new TaskSlots(1, 2);
    const running = (await slots.take())!;
    const waiting = [slots.take(), slots.take()];
    expect(await slots.take()).toBeNull();
    running();
    for (const next of waiting) (await next)!();
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
    expect(await slots.take()).not.toBeNull();
  });
});

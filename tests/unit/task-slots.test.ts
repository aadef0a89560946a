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

  // Hostile probe of stop 36: one team's four 30-second edits held both threads, and every other team's imports waited.
  it("give one owner at most its share of slots and of the queue, and a freed slot to the first task under its share", async () => {
    const slots = new TaskSlots(2, 8, { running: 1, waiting: 2 });
    const a1 = (await slots.take("a"))!;
    const started: string[] = [];
    const a2 = slots.take("a").then((release) => (started.push("a2"), release!));
    const a3 = slots.take("a").then((release) => (started.push("a3"), release!));
    expect(await slots.take("a")).toBeNull(); // its share of the queue is full; other owners still get in line
    await Promise.resolve();
    expect(slots.load).toEqual({ running: 1, waiting: 2 });
    const b1 = (await slots.take("b"))!; // the free thread goes to the other team at once
    expect(slots.load).toEqual({ running: 2, waiting: 2 });
    const b2 = slots.take("b").then((release) => (started.push("b2"), release!));
    await Promise.resolve();

    b1(); // "b" freed a slot: its own waiting task is first under its share, before "a"'s (which has one running)
    (await b2)();
    expect(started).toEqual(["b2"]);
    a1();
    (await a2)();
    (await a3)();
    expect(started).toEqual(["b2", "a2", "a3"]);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  // Probe of stop 40: a cancelled PDF download kept its place in line (and then rendered for nobody).
  it("lets a task whose client went away leave the line, and gives its place to the next", async () => {
    const slots = new TaskSlots(1, 2, { running: 1, waiting: 2 });
    const running = (await slots.take("a"))!;
    const client = new AbortController();
    const cancelled = slots.take("a", client.signal);
    const kept = slots.take("a");
    expect(await slots.take("a")).toBeNull();
    client.abort();
    expect(await cancelled).toBeNull();
    expect(slots.load).toEqual({ running: 1, waiting: 1 });
    const next = slots.take("a");
    running();
    (await kept)!();
    (await next)!();
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
    expect(await slots.take("a", AbortSignal.abort())).toBeNull();
  });
});

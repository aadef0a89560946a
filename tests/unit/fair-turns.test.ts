import { describe, expect, it } from "vitest";
import { givesWay } from "@/lib/domain/import/fair-turns";

const running = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("an import whose turn is over", () => {
  it("gives way to a team that waits with nothing running", () => {
    expect(givesWay({ team: "a", waitingTeams: ["b"], runningByTeam: running({ a: 3 }) })).toBe(true);
    expect(givesWay({ team: "a", waitingTeams: ["b"], runningByTeam: running({}) })).toBe(true);
  });

  it("goes on when only its own team waits, or nobody", () => {
    expect(givesWay({ team: "a", waitingTeams: [], runningByTeam: running({ a: 3 }) })).toBe(false);
    expect(givesWay({ team: "a", waitingTeams: ["a"], runningByTeam: running({ a: 1 }) })).toBe(false);
  });

  it("goes on when the waiting team already runs as many imports as its own", () => {
    expect(givesWay({ team: "b", waitingTeams: ["a"], runningByTeam: running({ a: 2, b: 1 }) })).toBe(false);
    expect(givesWay({ team: "a", waitingTeams: ["b"], runningByTeam: running({ a: 1, b: 1 }) })).toBe(false);
    expect(givesWay({ team: "a", waitingTeams: ["b", "c"], runningByTeam: running({ a: 2, b: 2, c: 1 }) })).toBe(true);
  });
});

describe("a job's place in the queue", () => {
  it("goes one further back for each job its owner already has waiting, up to a bound", async () => {
    const { priorityBehind, MAX_BACKLOG } = await import("@/lib/domain/import/fair-turns");
    expect([0, 1, 39].map(priorityBehind)).toEqual([-0, -1, -39]);
    expect(priorityBehind(MAX_BACKLOG + 500)).toBe(-MAX_BACKLOG);
  });
});

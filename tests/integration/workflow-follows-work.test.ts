import { beforeAll, describe, expect, it } from "vitest";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// A claim moves from "new" to "in review" when a reviewer first works on it (cites a source, gives a
// verdict, takes it), in the same transaction, with a history entry naming the cause.

type Role = "editor" | "reviewer" | "viewer";
let team: TestTeam;
const cookies = {} as Record<Role, string>;

beforeAll(async () => {
  team = await createTestTeam("workflow");
  for (const role of ["editor", "reviewer", "viewer"] as const) cookies[role] = (await signIn(team.emails[role], TEST_PASSWORD)).cookie!;
});

const send = (role: Role, method: string, path: string, json?: unknown) => api(path, { cookie: cookies[role], method, json });

async function newClaims(count: number) {
  const sentences = ["Die Arbeitslosigkeit sank im Mai auf 5,8 Prozent.", "Die Preise stiegen um 3 Prozent.", "Der Export fiel um 2 Prozent."];
  const created = await send("editor", "POST", "/api/v1/articles", { title: `Workflow ${Date.now()}`, text: `${Date.now()}: ${sentences.slice(0, count).join(" ")}` });
  expect(created.status).toBe(201);
  const article = await api(`/api/v1/articles/${created.body.data.id}`, { cookie: cookies.viewer });
  return article.body.data.claims as { id: string; version: number; status: string }[];
}

const claimNow = async (id: string) => (await api(`/api/v1/claims/${id}`, { cookie: cookies.viewer })).body.data;
const historyOf = async (id: string) => (await api(`/api/v1/claims/${id}/activity`, { cookie: cookies.viewer })).body.data as { action: string; before: unknown; after: unknown }[];
const inReviewCount = async () => (await api("/api/v1/dashboard", { cookie: cookies.viewer })).body.data.statuses.in_review ?? 0;

describe("workflow follows the work", () => {
  it("moves a claim to in review on the first citation, verdict or 'take it', says why in the history, and the dashboard counts it", async () => {
    const [cited, rated, taken] = await newClaims(3);
    expect([cited, rated, taken].map((claim) => claim!.status)).toEqual(["new", "new", "new"]);
    const before = await inReviewCount();

    expect((await send("reviewer", "POST", `/api/v1/claims/${cited!.id}/sources`, { url: "https://www.destatis.de/pm-1.html", stance: "supports" })).status).toBe(201);
    expect((await send("reviewer", "PUT", `/api/v1/claims/${rated!.id}/verdicts`, { level: "mostly-true", rationale: "Destatis.", confidence: "high" })).status).toBe(200);
    expect((await send("reviewer", "PATCH", `/api/v1/claims/${taken!.id}`, { version: taken!.version, assigneeId: team.actors.reviewer.userId })).status).toBe(200);

    for (const [claim, cause] of [[cited, "source.attached"], [rated, "verdict.submitted"], [taken, "claim.taken"]] as const) {
      expect((await claimNow(claim!.id)).status).toBe("in_review");
      const started = (await historyOf(claim!.id)).filter((entry) => entry.action === "claim.review_started");
      expect(started).toEqual([expect.objectContaining({ before: { status: "new" }, after: { status: "in_review", cause } })]);
    }
    expect(await inReviewCount()).toBe(before + 3);
  });

  it("starts the review once, and leaves other statuses alone", async () => {
    const [claim, excluded] = await newClaims(2);
    await send("reviewer", "POST", `/api/v1/claims/${claim!.id}/sources`, { url: "https://www.destatis.de/pm-2.html", stance: "supports" });
    await send("reviewer", "PUT", `/api/v1/claims/${claim!.id}/verdicts`, { level: "false", rationale: "No.", confidence: "low" });
    await send("reviewer", "POST", `/api/v1/claims/${claim!.id}/sources`, { url: "https://www.destatis.de/pm-3.html", stance: "refutes" });
    expect((await historyOf(claim!.id)).filter((entry) => entry.action === "claim.review_started")).toHaveLength(1);
    // The version is left as it was, so a form opened before the move still saves.
    expect((await claimNow(claim!.id)).version).toBe(claim!.version);

    const out = await send("editor", "PATCH", `/api/v1/claims/${excluded!.id}`, { version: excluded!.version, excluded: true });
    expect(out.body.data.status).toBe("excluded");
    await send("reviewer", "PUT", `/api/v1/claims/${excluded!.id}/verdicts`, { level: "false", rationale: "No.", confidence: "low" });
    expect((await claimNow(excluded!.id)).status).toBe("excluded");
  });

  it("does not start a review when an editor assigns someone else, and a viewer cannot trigger it", async () => {
    const [claim] = await newClaims(1);
    const assigned = await send("editor", "PATCH", `/api/v1/claims/${claim!.id}`, { version: claim!.version, assigneeId: team.actors.reviewer.userId });
    expect(assigned.status).toBe(200);
    expect((await claimNow(claim!.id)).status).toBe("new");
    expect((await send("viewer", "POST", `/api/v1/claims/${claim!.id}/sources`, { url: "https://example.org/x", stance: "supports" })).status).toBe(403);
    expect((await claimNow(claim!.id)).status).toBe("new");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { createArticleInput } from "@/lib/validations/article";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Probe of stop 40: a PDF request the client cancelled kept its render running and its place in line, so a client
// could keep the render threads busy without holding a connection. Cancelled requests now give both up.

let token: string;
let articleId: string;

beforeAll(async () => {
  const team = await createTestTeam("cancelled-pdf");
  token = (await createRoleTokens(team)).viewer;
  // About a second of rendering per PDF: forty of them would hold the team's share of the pool for many seconds.
  const text = Array.from({ length: 1000 }, (_, i) => `Die Regierung senkte die Steuern im Bezirk ${i} um ${(i % 90) + 1} Prozent.`).join(" ");
  articleId = (await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: "Abgebrochen", text }) })).id;
}, 120_000);

const pdf = (signal?: AbortSignal) => fetch(`${baseUrl()}/api/v1/articles/${articleId}/report?format=pdf`, { headers: { authorization: `Bearer ${token}` }, signal });

describe("a PDF request its client cancels", () => {
  it("gives up its render thread and its place in line, so the same team's next PDF is rendered", async () => {
    const client = new AbortController();
    const requests = Array.from({ length: 40 }, () => pdf(client.signal).then((response) => response.status, () => "cancelled"));
    // Long enough for all forty to arrive: those past the team's share are refused at once (503), the rest wait.
    await new Promise((resolve) => setTimeout(resolve, 500));
    client.abort();
    const outcomes = await Promise.all(requests);
    expect(outcomes).toContain("cancelled");
    await new Promise((resolve) => setTimeout(resolve, 500));

    const next = await pdf();
    expect(next.status).toBe(200);
    expect(Buffer.from(await next.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);
});

import { beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam, type TestTeam } from "../support/factory";
import { api, baseUrl } from "../support/http";

// Issue 16 item 3: every published final verdict of a team as ClaimReview in a DataFeed, for CMSs and
// aggregators to poll, through the API and (when an admin turns it on) a public address.

let team: TestTeam;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let claims: { id: string; text: string }[];
let otherTeamText: string;

const RATIONALE = "Internal rationale that must stay inside Factdesk";

async function finalize(token: string, claimId: string, level: string) {
  const cited = await api(`/api/v1/claims/${claimId}/sources`, { token, json: { url: `https://quelle.example/${claimId}`, stance: "refutes" } });
  expect(cited.status).toBe(201);
  const version = (await api(`/api/v1/claims/${claimId}`, { token })).body.data.version;
  const response = await api(`/api/v1/claims/${claimId}/final-verdict`, { token, json: { level, rationale: RATIONALE, claimVersion: version } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

async function createArticle(token: string, sentences: string[]) {
  const stamp = Date.now();
  const text = sentences.map((sentence) => sentence.replace("{stamp}", String(stamp))).join(" ");
  const id = (await api("/api/v1/articles", { token, json: { title: `Feed ${stamp}`, text } })).body.data.id;
  return (await api(`/api/v1/articles/${id}`, { token })).body.data.claims as { id: string; text: string }[];
}

const feed = async (path: string, token?: string) => {
  const response = await api(path, { token });
  return { ...response, items: (response.body?.dataFeedElement ?? []) as { dateModified: string; item: { claimReviewed: string; url: string } }[] };
};
const pathOf = (url: string) => { const parsed = new URL(url); return parsed.pathname + parsed.search; };

beforeAll(async () => {
  team = await createTestTeam("feed");
  tokens = await createRoleTokens(team);
  claims = await createArticle(tokens.editor, [
    "Die Arbeitslosenquote lag im Mai {stamp} bei 6,1 Prozent.",
    "Der Export stieg 2024 um 12 Prozent auf 1,7 Billionen Euro.",
    "Die Regierung senkte die Stromsteuer im Januar um 5 Cent.",
    "Die Inflation fiel im Juni auf 2,1 Prozent.",
  ]);
  expect(claims.length).toBe(4);
  for (const claim of claims.slice(0, 3)) await finalize(tokens.editor, claim.id, "false");

  const other = await createTestTeam("feed-other");
  const otherTokens = await createRoleTokens(other);
  const [otherClaim] = await createArticle(otherTokens.editor, ["Der andere Verlag meldet {stamp} einen Rekordumsatz von 9 Milliarden Euro."]);
  otherTeamText = otherClaim!.text;
  await finalize(otherTokens.editor, otherClaim!.id, "false");
});

describe("ClaimReview feed (API)", () => {
  it("lists published final verdicts newest first as a DataFeed of ClaimReviews with dateModified, without names or rationales", async () => {
    const { status, body, items, text } = await feed("/api/v1/feeds/claimreview", tokens.viewer);
    expect(status).toBe(200);
    expect(body["@type"]).toBe("DataFeed");
    expect(items.map((entry) => entry.item.claimReviewed)).toEqual(claims.slice(0, 3).map((claim) => claim.text).reverse());
    expect(items.every((entry) => (entry.item as unknown as { "@type": string })["@type"] === "ClaimReview")).toBe(true);
    expect(body.dateModified).toBe(items[0]!.dateModified);
    expect(text).not.toContain(RATIONALE);
    expect(text).not.toContain("editor feed");
    expect(text).not.toContain(otherTeamText);
    expect(body.next).toBeUndefined();
  });

  it("pages by keyset: a verdict finalised while a client pages neither shifts nor repeats the pages still to come", async () => {
    const first = await feed("/api/v1/feeds/claimreview?limit=2", tokens.viewer);
    expect(first.items.map((entry) => entry.item.claimReviewed)).toEqual([claims[2]!.text, claims[1]!.text]);
    await finalize(tokens.editor, claims[3]!.id, "true");
    const second = await feed(pathOf(first.body.next), tokens.viewer);
    expect(second.items.map((entry) => entry.item.claimReviewed)).toEqual([claims[0]!.text]);
    expect(second.body.next).toBeUndefined();
    const fresh = await feed("/api/v1/feeds/claimreview?limit=2", tokens.viewer);
    expect(fresh.items[0]!.item.claimReviewed).toBe(claims[3]!.text);
  });

  it("refuses cursors it did not make and odd limits with 400", async () => {
    expect((await api("/api/v1/feeds/claimreview?cursor=bm90LWEtY3Vyc29y", { token: tokens.viewer })).status).toBe(400);
    expect((await api("/api/v1/feeds/claimreview?limit=0", { token: tokens.viewer })).status).toBe(400);
    expect((await api("/api/v1/feeds/claimreview?limit=101", { token: tokens.viewer })).status).toBe(400);
    expect((await api("/api/v1/feeds/claimreview")).status).toBe(401);
  });
});

describe("public ClaimReview feed", () => {
  it("is off by default, on with an unguessable address when an admin says so, and 404 once rotated or turned off", async () => {
    expect((await api("/api/v1/team/claimreview-feed", { token: tokens.viewer })).body.data).toEqual({ enabled: false, since: null });
    expect((await fetch(`${baseUrl()}/feeds/${"A".repeat(32)}/claimreview.json`)).status).toBe(404);
    expect((await api("/api/v1/team/claimreview-feed", { token: tokens.editor, method: "POST" })).status).toBe(403);

    const enabled = await api("/api/v1/team/claimreview-feed", { token: tokens.admin, method: "POST" });
    expect(enabled.status).toBe(201);
    const address = pathOf(enabled.body.data.url);
    expect(address).toMatch(/^\/feeds\/[A-Za-z0-9_-]{32}\/claimreview\.json$/);
    const open = await feed(address);
    expect(open.status).toBe(200);
    expect(open.items).toHaveLength(4);
    expect(open.text).not.toContain(RATIONALE);
    expect(open.text).not.toContain("editor feed");
    expect(open.text).not.toContain(otherTeamText);
    const paged = await feed(`${address}?limit=3`);
    expect(pathOf(paged.body.next)).toContain(address);
    expect((await feed(pathOf(paged.body.next))).items).toHaveLength(1);

    const rotated = await api("/api/v1/team/claimreview-feed", { token: tokens.admin, method: "POST" });
    expect((await fetch(`${baseUrl()}${address}`)).status).toBe(404);
    const newAddress = pathOf(rotated.body.data.url);
    expect((await fetch(`${baseUrl()}${newAddress}`)).status).toBe(200);

    expect((await api("/api/v1/team/claimreview-feed", { token: tokens.admin, method: "DELETE" })).status).toBe(200);
    expect((await fetch(`${baseUrl()}${newAddress}`)).status).toBe(404);
    expect((await api("/api/v1/team/claimreview-feed", { token: tokens.viewer })).body.data.enabled).toBe(false);
  });
});

import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD } from "../support/factory";
import { waitForArchive } from "../support/archive";
import { api, baseUrl, signIn } from "../support/http";

// A page for an id the reader may not see answers 404 (not the not-found content with status 200):
// crawlers, monitors and API clients read the status, and it must not differ from a random id's.

let cookie: string;
const ours = {} as Record<"articles" | "claims" | "outlets" | "sources" | "snapshots", string>;
const theirs = {} as Record<"articles" | "claims" | "outlets" | "sources" | "snapshots", string>;

async function recordsOf(label: string) {
  const team = await createTestTeam(label);
  const editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  const created = await api("/api/v1/articles", {
    cookie: editor,
    json: { title: `Status ${label}`, text: "Die Inflation lag 2024 bei 2,2 Prozent.", url: `https://news-${label}.example/story`, outlet: `Outlet ${label}` },
  });
  expect(created.status, created.text).toBe(201);
  const article = await db.article.findUniqueOrThrow({ where: { id: created.body.data.id }, include: { claims: true } });
  const cited = await api(`/api/v1/claims/${article.claims[0]!.id}/sources`, { cookie: editor, json: { url: `https://source-${label}.example/x`, stance: "supports" } });
  expect(cited.status).toBe(201);
  const sourceId = cited.body.data.source.id as string;
  await waitForArchive(sourceId); // its first snapshot (a failed fetch here: the host does not exist)
  const snapshot = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
  return { cookie: editor, ids: { articles: article.id, claims: article.claims[0]!.id, outlets: article.outletId!, sources: sourceId, snapshots: snapshot.id } };
}

beforeAll(async () => {
  const mine = await recordsOf("status-own");
  const other = await recordsOf("status-other");
  cookie = mine.cookie;
  Object.assign(ours, mine.ids);
  Object.assign(theirs, other.ids);
});

const status = async (path: string) => (await fetch(`${baseUrl()}${path}`, { headers: { cookie }, redirect: "manual" })).status;
const pages = (ids: Record<string, string>) => [`/articles/${ids.articles}`, `/articles/${ids.articles}/edit`, `/claims/${ids.claims}`, `/outlets/${ids.outlets}`, `/sources/${ids.sources}`, `/sources/${ids.sources}/snapshots/${ids.snapshots}`];

describe("[id] pages answer 404 for ids the reader cannot see", () => {
  it("shows the team's own records with 200", async () => {
    for (const path of pages(ours)) expect(await status(path), path).toBe(200);
  });

  it("answers 404 for another team's ids, random UUIDs and malformed ids", async () => {
    const random = randomUUID();
    const paths = [...pages(theirs), ...pages({ articles: random, claims: random, outlets: random, sources: random, snapshots: random }), ...pages({ articles: "nope", claims: "nope", outlets: "nope", sources: "nope", snapshots: "nope" }),
      // Our source with another team's snapshot: a snapshot is found only under its own source.
      `/sources/${ours.sources}/snapshots/${theirs.snapshots}`];
    for (const path of paths) expect(await status(path), path).toBe(404);
  });
});

describe("pages a role may not use", () => {
  it("tell a viewer why, with a way on, and show an admin the page", async () => {
    const team = await createTestTeam("status-roles");
    const viewer = (await signIn(team.emails.viewer, TEST_PASSWORD)).cookie!;
    const admin = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
    const page = async (path: string, as: string) => (await fetch(`${baseUrl()}${path}`, { headers: { cookie: as }, redirect: "manual" })).text();
    for (const path of ["/members", "/api-tokens", "/articles/new", "/import", `/articles/${ours.articles}/edit`]) {
      const html = await page(path, viewer);
      expect(html, path).toMatch(/>Not allowed<\/h2>/);
      expect(html, path).toMatch(/<p>Your role in this team does not allow this page. An admin of your team can change your role.<\/p>/);
      expect(html, path).toMatch(/<a[^>]*href="\/articles"[^>]*>Go to the articles<\/a>/);
    }
    for (const path of ["/members", "/api-tokens", "/articles/new", "/import"]) expect(await page(path, admin), path).not.toMatch(/>Not allowed<\/h2>/);
  });
});

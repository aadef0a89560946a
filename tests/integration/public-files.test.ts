import { describe, expect, it } from "vitest";
import { createTestTeam, TEST_PASSWORD } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// The files browsers, crawlers and link previews ask for, without signing in.

const get = (path: string) => fetch(`${baseUrl()}${path}`);

describe("public files", () => {
  it.each([
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/favicon.svg", /^image\/svg\+xml/],
    ["/icon-192.png", /^image\/png/],
    ["/icon-512.png", /^image\/png/],
    ["/apple-touch-icon.png", /^image\/png/],
    ["/og-image.png", /^image\/png/],
    ["/manifest.webmanifest", /^application\/manifest\+json/],
    ["/robots.txt", /^text\/plain/],
  ])("%s answers 200 as %s", async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(type);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it("has a manifest whose icons exist", async () => {
    const manifest = (await (await get("/manifest.webmanifest")).json()) as { name: string; icons: { src: string; sizes: string }[] };
    expect(manifest.name).toBe("Factdesk");
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) expect((await get(icon.src)).status).toBe(200);
  });

  it("lets crawlers see published fact-checks only, and marks the workspace noindex", async () => {
    const robots = await (await get("/robots.txt")).text();
    expect(robots).toMatch(/User-Agent: \*/i);
    expect(robots).toMatch(/^Allow: \/r\/$/m);
    expect(robots).toMatch(/^Disallow: \/$/m);
    const signIn = await api("/sign-in");
    expect(signIn.text).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    expect(signIn.text).toContain('rel="manifest" href="/manifest.webmanifest"');
  });
});

describe("indexing and link previews", () => {
  it("keeps signed-in pages out of search engines and gives public fact-checks an Open Graph image", async () => {
    const team = await createTestTeam("public-files");
    const cookie = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    const articles = await api("/articles", { cookie });
    expect(articles.text).toMatch(/<meta name="robots" content="noindex, nofollow"/);

    const created = await api("/api/v1/articles", { cookie, json: { title: `Preview ${Date.now()}`, text: "Die Preise stiegen um 3 Prozent." } });
    const link = await api(`/api/v1/articles/${created.body.data.id}/share-links`, { cookie, json: {} });
    expect(link.status).toBe(201);
    const page = await api(new URL(link.body.data.url).pathname);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta property="og:image" content="${baseUrl()}/og-image.png"`);
    expect(page.text).not.toMatch(/<meta name="robots" content="noindex/);
  });
});

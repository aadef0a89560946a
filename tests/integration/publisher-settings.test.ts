import { beforeAll, describe, expect, it } from "vitest";
import { createShareLink } from "@/lib/server/share/share-links";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { missingRecommended, missingRequired } from "../support/claimreview-rules";
import { api, baseUrl, signIn } from "../support/http";

// Issue 13: the ClaimReview publisher could not be set (author "Factdesk Demo" without a URL) and
// `url` was missing unless a public link existed.

let team: TestTeam;
let other: TestTeam;
let admin: string;
let articleId: string;

beforeAll(async () => {
  team = await createTestTeam("publisher");
  other = await createTestTeam("publisher-other");
  admin = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
  const text = `Laut dem Energieminister Alexander Nowak ist Indien der zweitgrößte Abnehmer von russischem Öl (${Date.now()}).`;
  const created = await api("/api/v1/articles", { cookie: admin, json: { title: "Öl", text, url: "https://zeitung.example/oel", publishedAt: "2025-05-02" } });
  articleId = created.body.data.id;
  const [claim] = (await api(`/api/v1/articles/${articleId}`, { cookie: admin })).body.data.claims;
  await api(`/api/v1/claims/${claim.id}/sources`, { cookie: admin, json: { url: "https://quelle.example/oel", stance: "supports" } });
  const final = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: admin, json: { level: "mostly-true", rationale: "IEA-Zahlen.", claimVersion: claim.version } });
  expect(final.status).toBe(201);
});

const claimReview = async () => (await api(`/api/v1/articles/${articleId}/report?format=claimreview`, { cookie: admin })).body[0];

describe("publisher settings", () => {
  it("ClaimReview always has a url: the article in Factdesk until the team names where it publishes", async () => {
    const review = await claimReview();
    expect(review.url).toMatch(new RegExp(`/articles/${articleId}#claim-`));
    expect(missingRequired(review)).toEqual([]);
  });

  it("admins set name, website, logo and report address; ClaimReview meets Google's required and recommended properties", async () => {
    const patch = await api("/api/v1/team/settings", {
      method: "PATCH",
      cookie: admin,
      json: {
        organizationName: "Faktencheck Nord",
        organizationUrl: "https://faktencheck.example",
        logoUrl: "https://faktencheck.example/logo.png",
        reportUrlPattern: "https://faktencheck.example/checks/{articleId}",
      },
    });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    expect(patch.body.data).toMatchObject({ organizationName: "Faktencheck Nord", organizationUrl: "https://faktencheck.example", logoUrl: "https://faktencheck.example/logo.png" });
    expect((await api("/api/v1/team/settings", { cookie: admin })).body.data.reportUrlPattern).toBe("https://faktencheck.example/checks/{articleId}");

    const review = await claimReview();
    expect(review.author).toEqual({ "@type": "Organization", name: "Faktencheck Nord", url: "https://faktencheck.example", logo: { "@type": "ImageObject", url: "https://faktencheck.example/logo.png" } });
    expect(review.url).toBe(`https://faktencheck.example/checks/${articleId}#claim-${review.url.split("#claim-")[1]}`);
    expect(missingRequired(review)).toEqual([]);
    expect(missingRecommended(review)).toEqual([]);
  });

  // Probe of stop 41: a report address with a user name and password was stored, to be published in ClaimReview and the feed.
  it("refuses a report address pattern with a user name or password, as for the logo", async () => {
    const patch = await api("/api/v1/team/settings", { method: "PATCH", cookie: admin, json: { reportUrlPattern: "https://user:pw@faktencheck.example/checks/{articleId}" } });
    expect(patch.status, JSON.stringify(patch.body)).toBe(400);
    expect(JSON.stringify(patch.body.error)).toContain("The report address pattern must not contain a user name or password.");
    expect((await api("/api/v1/team/settings", { cookie: admin })).body.data.reportUrlPattern).toBe("https://faktencheck.example/checks/{articleId}");
    // Hostile probe of stop 43: markup after the placeholder was stored and published as the ClaimReview url.
    const markup = await api("/api/v1/team/settings", { method: "PATCH", cookie: admin, json: { reportUrlPattern: 'https://x.example/{articleId}"><script>alert(1)</script>' } });
    expect(markup.status).toBe(400);
    expect(JSON.stringify(markup.body.error)).toContain("holds a character no web address contains as it is");
  });

  it("the public page uses its own address, shows the organisation and its logo, and carries Open Graph tags", async () => {
    const { token } = await createShareLink({ actor: team.actors.editor, articleId, input: { showReviewerNames: false, noindex: false } });
    const page = await fetch(`${baseUrl()}/r/${token}`);
    const html = await page.text();
    expect(page.headers.get("content-security-policy")).toMatch(/img-src 'self' data: blob: https:/);
    expect(html).toContain('href="https://faktencheck.example"');
    expect(html).toContain('src="https://faktencheck.example/logo.png"');
    expect(html).toMatch(/<meta property="og:site_name" content="Faktencheck Nord"/);
    expect(html).toMatch(new RegExp(`<meta property="og:url" content="[^"]*/r/${token}"`));
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(jsonLd[0].url).toMatch(new RegExp(`/r/${token}#claim-`));
    expect(missingRequired(jsonLd[0])).toEqual([]);
    expect(missingRecommended(jsonLd[0])).toEqual([]);
    // Pages inside the app keep remote images out.
    expect((await fetch(`${baseUrl()}/signin`)).headers.get("content-security-policy")).not.toMatch(/https:/);
  });

  it("refuses bad values with a sentence, non-admins with 403, and never touches another team", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ organizationUrl: "javascript:alert(1)" }, /full http\(s\) address/],
      [{ logoUrl: "not a url" }, /full http\(s\) address/],
      [{ reportUrlPattern: "https://faktencheck.example/checks" }, /needs \{articleId\}/],
      [{ organizationName: "   " }, /Give the organisation a name/],
      // Re-probe of stop 34: a bell or an escape in the masthead was kept.
      [{ organizationName: "Org\u001bx" }, /control characters/],
      [{ organizationName: "x".repeat(201) }, /at most 200 characters/],
      [{ logoUrl: "http://faktencheck.example/logo.png" }, /must start with https:\/\//],
      [{ organizationUrl: "https://user:secret@faktencheck.example/" }, /user name or password/],
      [{ organizationName: "Faktencheck \u202Edron" }, /text-direction control characters/],
    ];
    for (const [json, message] of cases) {
      const response = await api("/api/v1/team/settings", { method: "PATCH", cookie: admin, json });
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(response.body.error.message).toMatch(message);
    }
    const editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    expect((await api("/api/v1/team/settings", { method: "PATCH", cookie: editor, json: { organizationName: "Hijack" } })).status).toBe(403);
    const otherAdmin = (await signIn(other.emails.admin, TEST_PASSWORD)).cookie!;
    expect((await api("/api/v1/team/settings", { method: "PATCH", cookie: otherAdmin, json: { organizationName: "Other desk" } })).status).toBe(200);
    expect((await api("/api/v1/team/settings", { cookie: admin })).body.data.organizationName).toBe("Faktencheck Nord");
    // null clears back to the team's name.
    expect((await api("/api/v1/team/settings", { method: "PATCH", cookie: admin, json: { organizationName: null } })).body.data.organizationName).toBeNull();
  });
});

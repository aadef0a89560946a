import { describe, expect, it } from "vitest";
import { isCrossSiteActionPost, isCrossSiteWrite, type WriteRequest } from "@/lib/domain/http/cross-site-action";

const own: WriteRequest = { secFetchSite: null, origin: null, referer: null, host: "factdesk.example", forwardedHost: null, trustProxy: false, appOrigin: "https://factdesk.example" };

describe("isCrossSiteWrite (the JSON API's and the server actions' one rule)", () => {
  it("refuses what a browser says came from another site", () => {
    expect(isCrossSiteWrite({ ...own, secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...own, origin: "https://evil.example" })).toBe(true);
    expect(isCrossSiteWrite({ ...own, origin: "null" })).toBe(true);
    expect(isCrossSiteWrite({ ...own, referer: "https://evil.example/page" })).toBe(true);
    expect(isCrossSiteWrite({ ...own, referer: "not a url" })).toBe(true);
    // Probe of stop 34: a sibling subdomain's write without Origin or Referer (a browser always sends Origin).
    expect(isCrossSiteWrite({ ...own, secFetchSite: "same-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...own, secFetchSite: "same-site", origin: "https://other.example" })).toBe(true);
    // A client's own X-Forwarded-Host counts only behind a trusted proxy.
    expect(isCrossSiteWrite({ ...own, origin: "https://evil.example", forwardedHost: "evil.example" })).toBe(true);
    expect(isCrossSiteWrite({ ...own, origin: "https://evil.example", forwardedHost: "evil.example", trustProxy: true })).toBe(false);
  });

  it("lets the app's own pages and scripts without browser headers through", () => {
    expect(isCrossSiteWrite(own)).toBe(false);
    expect(isCrossSiteWrite({ ...own, origin: "https://factdesk.example", secFetchSite: "same-origin" })).toBe(false);
    expect(isCrossSiteWrite({ ...own, referer: "https://factdesk.example/settings" })).toBe(false);
    expect(isCrossSiteWrite({ ...own, host: "10.0.0.5:3000", origin: "https://factdesk.example" })).toBe(false);
  });

  it("applies to POSTs to pages (server actions) only", () => {
    const foreign = { ...own, secFetchSite: "cross-site" };
    expect(isCrossSiteActionPost({ ...foreign, method: "POST", pathname: "/articles" })).toBe(true);
    expect(isCrossSiteActionPost({ ...foreign, method: "GET", pathname: "/articles" })).toBe(false);
    expect(isCrossSiteActionPost({ ...foreign, method: "POST", pathname: "/api/v1/articles" })).toBe(false);
  });
});

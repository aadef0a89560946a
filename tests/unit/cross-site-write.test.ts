import { describe, expect, it } from "vitest";
import { isCrossSiteActionPost, isCrossSiteWrite, type WriteRequest } from "@/lib/domain/http/cross-site-action";

const own: WriteRequest = { secFetchSite: null, origin: null, referer: null, host: "factdesk.example", forwardedHost: null, forwardedProto: null, trustProxy: false, appOrigin: "https://factdesk.example" };

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

  it("refuses a page of the same host under another scheme, where the public scheme is known (hostile probe of stop 35)", () => {
    expect(isCrossSiteWrite({ ...own, origin: "http://factdesk.example" })).toBe(true);
    expect(isCrossSiteWrite({ ...own, referer: "http://factdesk.example/settings" })).toBe(true);
    const local = { ...own, host: "localhost:3100", appOrigin: "http://localhost:3100" };
    expect(isCrossSiteWrite({ ...local, origin: "https://localhost:3100" })).toBe(true);
    expect(isCrossSiteWrite({ ...local, origin: "http://localhost:3100" })).toBe(false);
    // Behind a trusted proxy its X-Forwarded-Proto says; a client's own does not count.
    const proxied = { ...own, host: "factdesk.internal:3000", forwardedHost: "news.example", appOrigin: null };
    expect(isCrossSiteWrite({ ...proxied, trustProxy: true, forwardedProto: "https", origin: "http://news.example" })).toBe(true);
    expect(isCrossSiteWrite({ ...proxied, trustProxy: true, forwardedProto: "https", origin: "https://news.example" })).toBe(false);
    expect(isCrossSiteWrite({ ...own, appOrigin: null, forwardedProto: "http", origin: "https://factdesk.example" })).toBe(false);
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

import { describe, expect, it } from "vitest";
import { networkFailure, statusFailure } from "@/lib/domain/import/fetch-failure";

describe("fetch failures in plain words", () => {
  it.each([
    ["ERR_TLS_CERT_ALTNAME_INVALID", "certificate"],
    ["CERT_HAS_EXPIRED", "certificate"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "certificate"],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "certificate"],
    ["ENOTFOUND", "no-such-host"],
    ["EAI_AGAIN", "no-such-host"],
    ["ECONNREFUSED", "unreachable"],
    ["ECONNRESET", "unreachable"],
    [undefined, "unreachable"],
    ["ETIMEDOUT", "timeout"],
  ])("%s → %s, never showing the code", (code, reason) => {
    const failure = networkFailure(code, "news.example", "paste");
    expect(failure.reason).toBe(reason);
    if (code) expect(failure.message).not.toContain(code);
    expect(failure.message).toMatch(/paste the article's text instead\.$/);
  });

  it("ends with what the person can do in each place", () => {
    expect(networkFailure("ECONNREFUSED", "x.example", "paste").message).toBe("The address could not be reached. Check the address, or paste the article's text instead.");
    expect(networkFailure("ECONNREFUSED", "x.example", "fill-in").message).toBe("The address could not be reached. Check the address, or fill in the title and publisher yourself.");
    expect(networkFailure("ECONNREFUSED", "x.example", "none").message).toBe("The address could not be reached. Check the address.");
    expect(statusFailure(403, "paste").message).toBe("The site did not let Factdesk read this page (HTTP 403); it may need a sign-in or a subscription. Paste the article's text instead.");
    expect(statusFailure(404, "paste").reason).toBe("page-missing");
    expect(statusFailure(503, "none").message).toBe("The site answered with an error (HTTP 503). Try again later.");
  });
});

import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { outboundEvent } from "@/lib/domain/notify/events";
import { escapeHtml } from "@/lib/domain/notify/mail-kinds";
import { signatureHeader, verifySignature } from "@/lib/domain/notify/webhook-signature";

describe("webhook signature", () => {
  const body = JSON.stringify({ id: "1", event: "claim.assigned" });

  it("is HMAC-SHA256 over `${timestamp}.${body}` in `t=…,v1=…`, as documented", () => {
    const header = signatureHeader("whsec_x", body, 1_700_000_000);
    const expected = createHmac("sha256", "whsec_x").update(`1700000000.${body}`).digest("hex");
    expect(header).toBe(`t=1700000000,v1=${expected}`);
    expect(verifySignature("whsec_x", body, header, 1_700_000_100)).toBe(true);
  });

  it("fails for another secret, a changed body, an old timestamp or a missing v1", () => {
    const header = signatureHeader("whsec_x", body, 1_700_000_000);
    expect(verifySignature("whsec_y", body, header, 1_700_000_000)).toBe(false);
    expect(verifySignature("whsec_x", `${body} `, header, 1_700_000_000)).toBe(false);
    expect(verifySignature("whsec_x", body, header, 1_700_000_301)).toBe(false);
    expect(verifySignature("whsec_x", body, "t=1700000000", 1_700_000_000)).toBe(false);
    expect(verifySignature("whsec_x", body, "garbage", 1_700_000_000)).toBe(false);
  });
});

describe("outbound events", () => {
  it("a claim change is claim.assigned only when it set an assignee; a shared report is share_link.created", () => {
    expect(outboundEvent("claim.updated", { assigneeId: "u1" })).toBe("claim.assigned");
    expect(outboundEvent("claim.updated", { assigneeId: null })).toBeNull();
    expect(outboundEvent("claim.updated", { status: "in_review" })).toBeNull();
    expect(outboundEvent("report.shared", {})).toBe("share_link.created");
    expect(outboundEvent("verdict.updated", {})).toBeNull();
    expect(outboundEvent("verdict.submitted", {})).toBe("verdict.submitted");
  });
});

describe("mail HTML", () => {
  it("escapes every character that could open markup or leave an attribute", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe("&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62; &#38; co");
  });
});

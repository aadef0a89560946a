import { describe, expect, it } from "vitest";
import { refusePrivateWebhookTarget } from "@/lib/server/webhook/webhook-target";

// Found by the black-box probe: registering a webhook to a private address was accepted (201); only
// its deliveries were refused. Registration now refuses it too, under the production rules.
describe("a webhook address", () => {
  it("is refused at registration when it is or resolves to a private, loopback or link-local address", async () => {
    for (const url of ["https://127.0.0.1/x", "https://localhost/x", "https://[::1]/x", "https://169.254.169.254/latest", "https://10.0.0.1/", "https://2130706433/", "https://[::ffff:127.0.0.1]/", "https://[fd00::1]/"]) {
      await expect(refusePrivateWebhookTarget(url, false), url).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
  });

  it("passes a public address literal, and anything where private targets are allowed (development, tests)", async () => {
    await expect(refusePrivateWebhookTarget("https://93.184.215.14/hook", false)).resolves.toBeUndefined();
    await expect(refusePrivateWebhookTarget("https://127.0.0.1/x", true)).resolves.toBeUndefined();
  });
});

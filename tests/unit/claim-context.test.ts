import { describe, expect, it } from "vitest";
import { claimContext } from "@/lib/domain/article/claim-context";

describe("a claim in its paragraph", () => {
  const body = "Erster Absatz.\n\nDas Ministerium legte Zahlen vor. Der Export fiel um 12 Prozent. Ein Sprecher schwieg.\n\nLetzter Absatz.";
  const start = body.indexOf("Der Export");
  const end = body.indexOf(" Ein Sprecher");

  it("returns the paragraph around the claim, split at the claim", () => {
    expect(claimContext(body, start, end)).toEqual({
      before: "Das Ministerium legte Zahlen vor. ",
      claim: "Der Export fiel um 12 Prozent.",
      after: " Ein Sprecher schwieg.",
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it("cuts a very long paragraph at a word near the claim, and refuses offsets outside the text", () => {
    const long = `${"Wort ".repeat(400)}Der Export fiel. ${"Satz ".repeat(400)}`;
    const at = long.indexOf("Der Export");
    const context = claimContext(long, at, at + "Der Export fiel.".length)!;
    expect(context.clippedBefore && context.clippedAfter).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(600);
    expect(context.before.startsWith("Wort")).toBe(true);
    expect(claimContext(body, 10, body.length + 5)).toBeNull();
  });
});

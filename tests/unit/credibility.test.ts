import { describe, expect, it } from "vitest";
import { articleCredibility, type ClaimForCredibility } from "@/lib/domain/credibility/article-credibility";

const final = (value: number, key = `v${value}`, credibility: "true_ish" | "false_ish" | "neutral" | "not_rated" = "neutral") => ({ value, worst: 1, best: 5, credibility, key });
const claim = (checkworthiness: number, verdict: ClaimForCredibility["final"], extra: Partial<ClaimForCredibility> = {}): ClaimForCredibility => ({
  checkworthiness,
  checkworthy: checkworthiness >= 0.2,
  excluded: false,
  final: verdict,
  ...extra,
});

describe("article credibility", () => {
  it("is the check-worthiness-weighted average of the ratings on 0–100, with the unreviewed range", () => {
    const result = articleCredibility([claim(1, final(5)), claim(0, final(1)), claim(1, null)]);
    // weights 1.5 (true, 1.0) and 0.5 (false, 0.0) → 75; open weight 1.5
    expect(result.score).toBe(75);
    expect(result.range).toEqual({ low: Math.round((1.5 / 3.5) * 100), high: Math.round((3 / 3.5) * 100) });
    expect(result.coverage).toBeCloseTo(0.667, 3);
    expect(result.state).toBe("scored");
    expect(result.distribution).toEqual({ v5: 1, v1: 1 });
  });

  it("says 'not enough reviewed' below half coverage and ignores excluded and not-rated claims", () => {
    expect(articleCredibility([claim(1, final(5)), claim(1, null), claim(1, null)]).state).toBe("not-enough-reviewed");
    const result = articleCredibility([claim(1, final(3, "nc", "not_rated")), claim(1, final(1), { excluded: true })]);
    expect(result).toMatchObject({ score: null, state: "not-enough-reviewed", reviewed: 1, checkworthy: 1 });
    expect(articleCredibility([]).state).toBe("no-claims");
  });

  it("does not count 'unproven' as half true: in every preset it is reviewed but left out of the score", async () => {
    const { SCALE_PRESETS } = await import("@/lib/domain/rating/scale-presets");
    for (const preset of SCALE_PRESETS) {
      const notCounting = preset.levels.filter((level) => /unproven|unbelegt|not-checkable/.test(level.key));
      for (const level of notCounting) expect(level.credibility, `${preset.id} ${level.key}`).toBe("not_rated");
    }
    const unproven = SCALE_PRESETS[0]!.levels.find((level) => level.key === "unproven")!;
    const result = articleCredibility([
      claim(1, final(5, "true", "true_ish")),
      claim(1, final(unproven.value, "unproven", unproven.credibility)),
    ]);
    // One true claim and one unproven: the score is that of the true claim alone (it was 75 when unproven counted as 3 of 5).
    expect(result).toMatchObject({ score: 100, reviewed: 2, state: "scored", distribution: { true: 1, unproven: 1 } });
  });
});

describe("text on rating colours", () => {
  it("picks white or near-black so every preset colour reaches WCAG AA contrast (4.5:1)", async () => {
    const { SCALE_PRESETS } = await import("@/lib/domain/rating/scale-presets");
    const { contrastRatio, readableTextColor, relativeLuminance } = await import("@/lib/domain/rating/readable-text-color");
    for (const level of SCALE_PRESETS.flatMap((preset) => preset.levels)) {
      const text = readableTextColor(level.color);
      expect(contrastRatio(relativeLuminance(level.color), relativeLuminance(text)), `${level.key} ${level.color}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableTextColor("#ffffff")).toBe("#0f172a");
    expect(readableTextColor("#000000")).toBe("#ffffff");
    expect(readableTextColor("not a colour")).toBe("#0f172a");
  });
});

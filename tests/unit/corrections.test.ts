import { describe, expect, it } from "vitest";
import { publishedCorrections } from "@/lib/domain/report/corrections";

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe("corrections on a published page", () => {
  it("lists verdicts withdrawn while the page was public, with what replaced them, newest first", () => {
    const corrections = publishedCorrections(
      [
        { claimId: "a", label: "True", decidedAt: day(2), reopenedAt: day(5), reopenReason: "New figures", ratedText: "Rated A" },
        { claimId: "a", label: "Mostly true", decidedAt: day(6), reopenedAt: null, reopenReason: null, ratedText: "Reworded A" },
        { claimId: "b", label: "False", decidedAt: day(3), reopenedAt: day(7), reopenReason: "Source retracted", ratedText: null },
        // Reopened before the page was public: never published, so no correction.
        { claimId: "c", label: "Mixed", decidedAt: day(1), reopenedAt: day(2), reopenReason: null, ratedText: null },
        { claimId: "c", label: "False", decidedAt: day(3), reopenedAt: null, reopenReason: null, ratedText: null },
      ],
      day(4),
    );
    expect(corrections).toEqual([
      { claimId: "b", date: day(7), before: "False", after: null, reason: "Source retracted", ratedText: null },
      // The words the withdrawn verdict rated, not those the next one rated (re-probe of stop 44).
      { claimId: "a", date: day(5), before: "True", after: "Mostly true", reason: "New figures", ratedText: "Rated A" },
    ]);
  });
});

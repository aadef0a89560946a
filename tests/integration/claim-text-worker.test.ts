import { afterAll, describe, expect, it } from "vitest";
import { classifySentence } from "@/lib/domain/claims/extract";
import { classifyClaimText, INLINE_EXTRACTION_CHARS } from "@/lib/server/claim/extract-units";
import { closeHeavyPool } from "@/lib/server/workers/heavy-pool";

afterAll(closeHeavyPool);

// Marking and splitting a claim read its text with the engine. Nothing caps a claim's length (merges
// join claims), and 800,000 characters of names and figures take the engine about half a second:
// such a text is read in a worker thread, with the same result as in place.
describe("the engine's reading of a long claim", () => {
  it("comes from a worker thread, equal to the reading in place, while the event loop stays free", { timeout: 120_000 }, async () => {
    const text = "Laut Angela Merkel stieg die Zahl in Berlin am 3. Mai 2024 um 5,3 Prozent, ".repeat(10_500).trim();
    expect(text.length).toBeGreaterThan(40 * INLINE_EXTRACTION_CHARS);
    const inPlaceStarted = performance.now();
    const inPlace = classifySentence(text, { language: "de" });
    const inPlaceMs = performance.now() - inPlaceStarted;

    const gaps: number[] = [];
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 5);
    const fromWorker = await classifyClaimText(text, "de");
    clearInterval(ticker);

    expect(fromWorker).toEqual(inPlace);
    expect(fromWorker.entities.length).toBeGreaterThan(10_000);
    // The longest the event loop stood still while the worker read the text: a fraction of what
    // reading it in place holds it (the rest is copying the result back).
    const longestStall = Math.max(...gaps);
    console.log(`in place ${Math.round(inPlaceMs)} ms; longest event-loop stall while a worker read it: ${Math.round(longestStall)} ms`);
    expect(longestStall).toBeLessThan(inPlaceMs / 2);
  });

  it("stays in place, in the article's language, for a sentence", async () => {
    const sentence = "Die Regierung senkte die Steuer um 2 Prozent.";
    expect(await classifyClaimText(sentence, "de")).toEqual(classifySentence(sentence, { language: "de" }));
  });
});

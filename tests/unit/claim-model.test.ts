import { describe, expect, it } from "vitest";
import { analyseSentence, classifySentence } from "@/lib/domain/claims/extract";
import { sentenceFeatures } from "@/lib/domain/claims/model/features";
import { fitModel } from "@/lib/domain/claims/model/fit";
import { fastScore } from "@/lib/domain/claims/model/fast-score";
import { decodeModel, encodeModel, explain, probability } from "@/lib/domain/claims/model/linear-model";
import { shippedCheckworthinessModel } from "@/lib/domain/claims/model/shipped-models";

const examples = [
  ["Exports rose 45 per cent to 12 billion dollars last year.", true],
  ["Unemployment fell to 3.9 percent in March.", true],
  ["The deficit doubled under this administration.", true],
  ["We lost 700,000 jobs a month when I took office.", true],
  ["Thank you very much for having me tonight.", false],
  ["I think that's a great question.", false],
  ["Let me tell you what I believe.", false],
  ["Well, good evening to everyone.", false],
].map(([text, positive]) => ({ features: sentenceFeatures(analyseSentence(text as string)), positive: positive as boolean }));

describe("learned check-worthiness model", () => {
  it("ranks a factual English claim above small talk and says why, with direction", () => {
    const claim = classifySentence("Exports rose 45 per cent to a record $12 billion last year, according to data from Kpler.", { language: "en" });
    const talk = classifySentence("Thank you, it is great to be here with all of you tonight.", { language: "en" });
    expect(claim.checkworthy).toBe(true);
    expect(talk.checkworthy).toBe(false);
    expect(claim.checkworthiness).toBeGreaterThan(talk.checkworthiness);
    expect(claim.reasons.length).toBeGreaterThan(0);
    expect(claim.reasons.every((reason) => /^(?:[a-z ]+): .+ [↑↓]$/.test(reason))).toBe(true);
    expect(claim.reasons.some((reason) => reason.startsWith("number: 45") && reason.endsWith("↑"))).toBe(true);
  });

  it("scores an article's units the fast way exactly as the training features do", () => {
    const model = shippedCheckworthinessModel("en")!;
    for (const sentence of [
      "Exports rose 45 per cent to a record $12 billion last year, according to data from Kpler.",
      "Thank you, it is great to be here.",
      "“India is the second-largest buyer of Russian oil,” US Treasury Secretary Scott Bessent claimed.",
      "",
    ]) {
      const analysis = analyseSentence(sentence);
      const slow = probability(model, sentenceFeatures(analysis));
      const fast = fastScore(model, analysis);
      expect(fast.probability).toBeCloseTo(slow, 6); // the training features hold 1/√n as a 32-bit float
      expect(fast.contributions.map((c) => c.reason)).toEqual(explain(model, sentenceFeatures(analysis), analysis.tokens).map((c) => c.reason));
    }
  });

  it("keeps the rules for German, where no licensed training data exists", () => {
    expect(shippedCheckworthinessModel("de")).toBeNull();
    const unit = classifySentence("Indien ist nach China der zweitgrößte Abnehmer von russischem Öl.", { language: "de" });
    expect(unit.reasons).toContain("superlative: zweitgrößte ↑");
  });

  it("trains deterministically: the same sentences give the same file, byte for byte", () => {
    const recipe = { epochs: 3, l2: 1e-4, learningRate: 0.2, seeds: 2 };
    const first = JSON.stringify(encodeModel(fitModel(examples, recipe, { language: "en", label: "checkworthy" })));
    const second = JSON.stringify(encodeModel(fitModel(examples, recipe, { language: "en", label: "checkworthy" })));
    expect(second).toBe(first);
  });

  it("reads back exactly the weights it wrote", () => {
    const model = fitModel(examples, { epochs: 2, l2: 1e-4, learningRate: 0.2, seeds: 1 }, { language: "en", label: "checkworthy" });
    const again = decodeModel(encodeModel(model));
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
    expect(again.bias).toBe(model.bias);
  });
});

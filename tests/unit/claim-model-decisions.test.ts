import { describe, expect, it } from "vitest";
import { agreement, checkworthySwitchLabels, exclusionLabels } from "@/lib/domain/claim-model/decisions";
import { trainTeamModel } from "@/lib/domain/claim-model/train-team-model";
import { teamModelOptions } from "@/lib/domain/claim-model/team-models";
import { extract } from "@/lib/domain/claims/extract";
import { decodeModel } from "@/lib/domain/claims/model/linear-model";

describe("which decisions teach the team's claim model", () => {
  it("reads switches, promotions and exclusions as labels; duplicates and 'other' teach nothing", () => {
    expect(checkworthySwitchLabels(false, "claim")).toEqual([{ label: "checkworthy", positive: false, kind: "checkworthy_off" }]);
    expect(checkworthySwitchLabels(true, "quote")).toEqual([{ label: "checkworthy", positive: true, kind: "checkworthy_on" }]);
    expect(checkworthySwitchLabels(true, "opinion")).toEqual([
      { label: "checkworthy", positive: true, kind: "promoted" },
      { label: "subjective", positive: false, kind: "promoted" },
    ]);
    expect(exclusionLabels("not_checkworthy")).toEqual([{ label: "checkworthy", positive: false, kind: "excluded" }]);
    expect(exclusionLabels("not_a_claim")).toHaveLength(1);
    expect(exclusionLabels("duplicate")).toEqual([]);
    expect(exclusionLabels("other")).toEqual([]);
  });

  it("measures agreement as the share of labels a predictor matches", () => {
    const labelled = [{ sentence: "a", positive: true }, { sentence: "b", positive: false }, { sentence: "c", positive: true }, { sentence: "d", positive: true }];
    expect(agreement(labelled, () => true)).toBe(0.75);
    expect(agreement([], () => true)).toBe(0);
  });

  it("trains a team model whose encoded weights change what the engine flags for that team", () => {
    const sentences = Array.from({ length: 20 }, (_, i) => `The port of Harbourtown ${i} handled ${i + 3}.5 million tonnes of cargo in ${2000 + i}, the authority said.`);
    const labelled = sentences.map((sentence) => ({ sentence, positive: false }));
    const trained = trainTeamModel({ language: "en", label: "checkworthy", decisions: labelled, evaluation: labelled })!;
    expect(trained.agreementAfter).toBeGreaterThanOrEqual(trained.agreementBefore);
    const model = decodeModel(trained.file);
    const text = "The airport of Madrid served 61.7 million passengers in 2019, the operator said.";
    const shipped = extract(text, { language: "en" }).units[0]!.checkworthiness;
    expect(extract(text, { language: "en", ...teamModelOptions({ en: { checkworthy: model } }, "en") }).units[0]!.checkworthiness).toBeLessThan(shipped);
    // Another language's model never applies.
    expect(teamModelOptions({ en: { checkworthy: model } }, "de")).toEqual({ model: undefined, subjectivityModel: undefined });
  });
});

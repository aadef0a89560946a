import { describe, expect, it } from "vitest";
import { repositoryDigests, sharedEvalDigests } from "@/tests/support/claim-engine-golden";

// The engine's complete output, frozen as computed by the code of commit ca25236 (before the speed
// work): any optimisation must leave every unit, offset, score, reason, claimant, entity and suggested
// wording, and the model's unrounded probabilities and contribution weights, exactly as they were.
// Recomputed on purpose, for the claimant fix of stop 21 (no "And" from "And so …", no pronoun
// claimants, no English ", so we …" as German "so X") and the model retrained with it, and for stop 23:
// more attribution forms, "Mai 3,4" no date, "May" no modal, the rules' reasons with their direction;
// and for stop 24: speakers before an apposition, "May Johnson" a name, English speakers named in full
// as persons, attributions removed from a wording only where they name the claimant, wire copy (bylines,
// datelines, credits, "Kpler data showed"), German compound offices, "Critics say", states and Länder
// from ISO 3166-2 (model retrained, L2 by the one-standard-error rule); German "sagte am Mittwoch in
// Berlin, …", "Kritiker warnen", "dass" clauses kept whole, a name after a lower-case office ("press
// secretary Karoline Leavitt said"), "told supporters at a rally" (weights unchanged); and for stop 25: wire
// copy from the hostile probe (speakers with an age, a party tag or an office without article, groups with
// an adjective or a place, trailing "he said", German fronted sources put in order, capitals datelines,
// country aliases, "U.S.", whole organisations, currency and units in numbers; model retrained; then one
// list of phrase openers for claimants and organisations: "All Bank staff" no longer the organisation "All Bank");
// and for stop 26: sources from the hostile probe (spokespeople for a body, publishers of a report, "official
// data showed", people with where they work, "Sen." and other abbreviated offices, pronoun speakers and split
// quotations out of the wording, German datives after the verb), bodies with "für", hyphens and "Organization",
// regions, places in capitals, times and whole units (model retrained); sentence ends after "p.m." and "Jan." before
// a sentence's first word, German ordinals after an article ("im 19. Jahrhundert") kept with their noun.
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "2778452d5bce72e513e00f1dbe4d0f4cd389e24670a14828d0a52a5b654206fe",
  seedEn: "d73916e9f00a7a536b072e588c9d005dd422942640a7c4e160f8bc7514aff6e0",
  seedTeamDe: "5c1b921f9da12d5ca997fdd62df61f61c529c34c92d69e40fc64b4494a98cd2a",
  seedDetected: "d15a6df6c651069d9a089e27dff8ae4b051b39581f1c6779de0a4c4cb1f11752",
  claimbusterTrain: "14e5ad4d8319c0b8960ee58184efc1ef85fc83cd00533c44eaa7d0f36fb872b6",
  claimbusterDev: "5763c9943682c40e014108c6f1b58b4c5118ee975e554406342aba43b57c346e",
  claimbusterDevRules: "7dd0dc4b57c70f3bb6d42e1b3c8960468efef88bea57b96fdf3664428b860ab2",
  claimbusterDevTeam: "9d381fb802a1a34e05556d5bff0181fc4d80f62de47384c8ba6dc96cea10bcde",
  claimbusterDevSentences: "3167793465aab43b322ed44aea0c32be7e88d125561a7c6ab3172b4e65b2636c",
  claimbusterDevRaw: "e9fec942abaf63f32cf174b9dd4096921c8abb27188cfc4f049eac79c0881d87",
  claimbusterTrainRaw: "6ddb97ea424b4fa2a3d55d8251f7356647aaab082e3ebf7fc003e35bcb6f41e9",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "b94f6a2701526e98dd24ce756d7cd0234cc60bc606435c9645999b68886850d2",
  trickyEn: "4f1a658a4c62dd67a0de931e7832fcb194fefeac23d24be9588fb0bcecc70de8",
};

const SHARED_EVAL = {
  ct24DevTest: "d4ccba01bf507f610c04b2a62bfe5e659af36241b93bcb8f7fe40085752cbf95",
  ct24DevTestSentences: "d6ccd24f864ab83d401f297514d04c177676bc25ea703b7d8abb53efe5176bfa",
  ct24DevTestRaw: "37eeef374e68a4f3abaf19297af895cd691116899ed566de77633eafeb5539f1",
  "subjectivity german/dev_de": "3ce196b0569151daa885dad593a4452952a41a5eab25fc23bea5d3e543a3f764",
  "subjectivity german/dev_test_de": "62d966015d6fecc84b6245b7c10986a4499851b23d3a9939604f7bc8e1868f89",
  "subjectivity german/train_de": "88599d4af614b2f787d0367e6187ba2738fe3e251f39b7f436a1e4a9e1d17551",
  "subjectivity english/dev_en": "60534884daef41c0fdc0e4be62e78f2d28d0d2ac79b8b4555b5ed39a4153f81d",
  "subjectivity english/dev_test_en": "69df7b3847ec70b01d6dd820ce7957d7c6814a3d066ef7d8b2c518c2db3304c0",
  "subjectivity english/train_en": "9d765e9cd65b437d6eda0e83f3d072e2e58649f1c32b8ff4c742cf17cc20d04c",
  claimnormEn: "32d9779c72d63fa31e9dd0397e083f509346887b71e3550c3e4a4a10c3f1010f",
  claimnormDe: "6d1266c8483e4e6e9fea83e579da59833cd731c6728f2cf19baa6ad722168010",
};

describe("claim engine output stays as frozen (commit ca25236, claimant fixes of stops 21, 23, 24, 25 and 26)", () => {
  it("on the seed articles and the ClaimBuster sentences (extract, classify, team models, raw model scores)", () => {
    expect(repositoryDigests()).toEqual(REPOSITORY);
  }, 120_000);

  it("on the evaluation files in ../shared/eval, where present (input text only)", () => {
    const digests = sharedEvalDigests();
    // A fresh clone without ../shared/eval has only the corpora above to compare.
    if (digests) expect(digests).toEqual(SHARED_EVAL);
  }, 120_000);
});

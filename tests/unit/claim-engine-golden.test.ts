import { describe, expect, it } from "vitest";
import { repositoryDigests, sharedEvalDigests } from "@/tests/support/claim-engine-golden";

// The engine's complete output, frozen as computed by the code of commit ca25236 (before the speed
// work): any optimisation must leave every unit, offset, score, reason, claimant, entity and suggested
// wording, and the model's unrounded probabilities and contribution weights, exactly as they were.
// Recomputed once on purpose, for the claimant fix of stop 21 (no "And" from "And so …", no pronoun
// claimants, no English ", so we …" as German "so X") and the model retrained with it.
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "8616794d2ff6a2e268db2130e21d3e4f357dbd15879b67e3931fa63ff548fbbb",
  seedEn: "ee1bf1be05f382d0f7aa985eb59ff4ad5df2dd2cc9123e6f3ada1df42fdb69d0",
  seedTeamDe: "6dbc1a5be681fbed5e89aa450aba3dc9d3d003d8f25c58a0312653accdf9f27f",
  seedDetected: "87d34a80a5a7513aced3e561cefea1e453bdc96455feedd423c56e37cf42f9d2",
  claimbusterTrain: "47dfda504260a0c77c6722f1aca2cda42b5b0050ff772065137313aabc75efe6",
  claimbusterDev: "bde09cd1e2bad87a99e78ea56bae00cf38838d3977a5ad47ac431aed2782783a",
  claimbusterDevRules: "d7770eedcf092f896345fdb31dc6692c4e8075b79feef54a608c114357cabf66",
  claimbusterDevTeam: "b361c7579565a37cdac1573886da0023fe5a264360aeb9a29b25f7907f0a93f6",
  claimbusterDevSentences: "f37a500fad8e049378dbd6cdd70c8a8d106948704871cf614962b829a4f4f7e4",
  claimbusterDevRaw: "d7460f7da76feb635a8595a7a2a97d790d3a276e767f6e4fafaebe3e14c72ad6",
  claimbusterTrainRaw: "1a2c08ee7896a13894c9bb7b6e0013acc25bbafb6569d0d1986bb5c3280aced2",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "5cfaee9a2d9beb7a54780bcbd151dc76e1a5a689c2cd859fa72999012e3523be",
  trickyEn: "1f28a406c230815ccaa0421a0851311554c7a4b680e2b2f990bacfcd9c3d285e",
};

const SHARED_EVAL = {
  ct24DevTest: "957c52577124fff3c2e6e1c2f24539ef40d2f9d730d3dc313c3b71a31ef4ce14",
  ct24DevTestSentences: "673a1d9bfc9450f229551603881fadd6d6a586e4ad4ccdd8e6f19f2b8a8611e6",
  ct24DevTestRaw: "4492cff8654a91f17902748bc8f5edd3e1f729521c3b997510869c3d9f144f96",
  "subjectivity german/dev_de": "6d6064edb5463d031c32b22bd53ed2535871ba772e48c261e93053b894a25b5b",
  "subjectivity german/dev_test_de": "87569ee9320dfe517ba2c5f680b8ba64a79e5bfd5005c3ddf7705978e91d0a5e",
  "subjectivity german/train_de": "fd4bd1a6adab796ea5c1ffd04037ba4600a2f6d9b0242100728dc061fd752554",
  "subjectivity english/dev_en": "431aec31dd73264dfbfd1b52a931cc1fc09cd2c73fd2cd3867a3236a64b431ad",
  "subjectivity english/dev_test_en": "ff6c7098c5d2e62baff87241b294ed12aa80d5266f5b163314536bc62ec65077",
  "subjectivity english/train_en": "84eca414c63fb7c81ea28c4ab82b96ddc8eb69adedcde27eac9766ad1a2fb063",
  claimnormEn: "057a28d13adb693df465322596fd4665b45fb90bdbf770ed456f19df68799502",
  claimnormDe: "13562c527ef8641747250d36705b8e9f246e9e7b0ce4204b5f197a174a6b1702",
};

describe("claim engine output stays as frozen (commit ca25236, claimant fix of stop 21)", () => {
  it("on the seed articles and the ClaimBuster sentences (extract, classify, team models, raw model scores)", () => {
    expect(repositoryDigests()).toEqual(REPOSITORY);
  }, 120_000);

  it("on the evaluation files in ../shared/eval, where present (input text only)", () => {
    const digests = sharedEvalDigests();
    // A fresh clone without ../shared/eval has only the corpora above to compare.
    if (digests) expect(digests).toEqual(SHARED_EVAL);
  }, 120_000);
});

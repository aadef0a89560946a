import { describe, expect, it } from "vitest";
import { repositoryDigests, sharedEvalDigests } from "@/tests/support/claim-engine-golden";

// The engine's complete output, frozen as computed by the code of commit ca25236 (before the speed
// work): any optimisation must leave every unit, offset, score, reason, claimant, entity and suggested
// wording, and the model's unrounded probabilities and contribution weights, exactly as they were.
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "8616794d2ff6a2e268db2130e21d3e4f357dbd15879b67e3931fa63ff548fbbb",
  seedEn: "4a8cf7a21740e54170578a831e9ed82b340dcc9303523e8300b6c22547d424e4",
  seedTeamDe: "6787d1d6e68d3f41d45949b309f32c776f4b3734d499e0c29b980c3b60053abe",
  seedDetected: "87d34a80a5a7513aced3e561cefea1e453bdc96455feedd423c56e37cf42f9d2",
  claimbusterTrain: "ae05fc41b1da555a67bbc084c974a306f46d099739cbd18be7acea197162b072",
  claimbusterDev: "b62d6e2c7c142a16d804b0bbfebb8b507a89257699754a206beda133b69acbde",
  claimbusterDevRules: "5e61a46bf31d9ab7ce196fa0676ee96d45e3172a8ad0d44e0df798379ae50339",
  claimbusterDevTeam: "139156c09e6190b28d06be1a6114d6dea8cfdd56f76789599eba26f75c7ca40e",
  claimbusterDevSentences: "bfd65021307d70a1ebe92a6a04e88ef125d92d15054f7d300bcaa488a249db66",
  claimbusterDevRaw: "688cc2d96faba8b217a02593e4b1862c853565761d776059faf74ebe770582b8",
  claimbusterTrainRaw: "17b09f5e5d14a7f89ce77bd9fb7852af136f645d03bfdf79e5ed2412ea8bf261",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "aa1508b81667ef3e2b20784fae428abc2adce77a3a72ecc6cc8d2771be6b6ef3",
  trickyEn: "7bd2baf20df22440699d2e61ed58c0db8df1583a59309c390638de1975e92194",
};

const SHARED_EVAL = {
  ct24DevTest: "1446533cc5dbeb38848ff06b9472213492ebba319e3fe901327c755f6997ccbb",
  ct24DevTestSentences: "3fd9cc1cb1ad21e6f9c26121d543183e13d08029dc19c5f7d2a178b8acee44a6",
  ct24DevTestRaw: "954dfbee7f695b11525a3ae60aeba82cd1b9b22cc28b34217b1215d7795c20f9",
  "subjectivity german/dev_de": "3851c11087161a37a53e507261172796d64a78aa1825e20f15e6ebdc14314dd4",
  "subjectivity german/dev_test_de": "c4fa6b0ed18db9a62f9deb4f5f617e0b92a0ccc6441de0a5eda41a563edfd1c0",
  "subjectivity german/train_de": "630e892b2d2b2ca3902167dba8bd5752772aecabca855d378dcd810970490a54",
  "subjectivity english/dev_en": "c98902a6b077df8ce43d8ae24bba0b97c61666706ac36739a531b0b4c791af06",
  "subjectivity english/dev_test_en": "1ad9a032bd078f9b311872f77fb592aea9511c3af94b10d200ca2a2b6dbb6e9f",
  "subjectivity english/train_en": "2f9aeb5d346afbf6a506be4c63b55eea92c51b6b6591db4a0e96dd5bf3fec59f",
  claimnormEn: "b6af2f3141efb6c00f83a26bbe4f0ebb56d7c32ce622d5837cc940c0eb0d1ae5",
  claimnormDe: "0a78f67f57075e18c2c8bdb85dfd4c8e7d189041f10566bee30ac94c6a29805c",
};

describe("claim engine output stays identical to commit ca25236", () => {
  it("on the seed articles and the ClaimBuster sentences (extract, classify, team models, raw model scores)", () => {
    expect(repositoryDigests()).toEqual(REPOSITORY);
  }, 120_000);

  it("on the evaluation files in ../shared/eval, where present (input text only)", () => {
    const digests = sharedEvalDigests();
    // A fresh clone without ../shared/eval has only the corpora above to compare.
    if (digests) expect(digests).toEqual(SHARED_EVAL);
  }, 120_000);
});

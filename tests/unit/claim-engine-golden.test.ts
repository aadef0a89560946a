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
// Then economic news: German sources inside the sentence out of the wording, offices as titles ("Chair",
// "Speaker", "Director" …), groups that warn or argue, departments, committees, "Federal Reserve", German
// "Bundesamt" as organisations, a bracket ending a name (model retrained); `subjective` no longer cleared
// when the model finds a sentence check-worthy (its kind stays "claim"); regional and health news: to whom a
// German speaker spoke ("der Deutschen Presse-Agentur"), "Laut X wurden …", mayors, possessive groups,
// "…, urging …" after the attribution, "WHO data", a dateline before an agency (weights unchanged); budget
// news: "Aus Regierungskreisen hieß es", "forderten", "mahnte …: „…“", "Leader" as an office, "according to X,
// a German research group" (weights unchanged).
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "595acebce7cb9ef645d90d41dac8890b06432c40cadc3bdce504599406821723",
  seedEn: "f68aeee00d0f37ffa127be158aa84db184a64aaa339616338c7ad1c5b1772a4d",
  seedTeamDe: "7bafcd3a3c7462fd7db391a155780a6db2396fe4210e157622f6b1a078d169dd",
  seedDetected: "788b5e0b3a6000557aede85a971ff270d6f805a628cdc1a6a3a70bdf7d9a63ed",
  claimbusterTrain: "f25118abaa445b8a2f95bf1fc92af8ad2e8738d753e0d9e0473d73001784c589",
  claimbusterDev: "14753c3ce29f9e994030560a2f9bbe82f9e2d3ca36127429b97beba46e747c4c",
  claimbusterDevRules: "32cc01a42fafdfe2816a741e9a4666ab0613f0cffef08fdad47fd8a23361a2d6",
  claimbusterDevTeam: "08a4b4f2ebaa1f6fd54e4104756d449da69836cc957e5cf28e477e348a358e88",
  claimbusterDevSentences: "1cec879cab387d99d0ade13aed3ce19699f99097dcf03ca53ccb0d6423752398",
  claimbusterDevRaw: "3027eba1f3ee63de1b85727cb5666ecd7e792fc3ecb36e1492f29d4727e77711",
  claimbusterTrainRaw: "c8d2e3bc7d348db36f49f0535ad87f3c6c3fe977e0e405782f137b319ec33550",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "83d5d446e016c46f80c30c806117bdac576c930b5545e0f2b2a208a24d308a9d",
  trickyEn: "b1c410bac2d7b97dcbea0ad98b5ce58f473eba396b662add212d58565296d572",
};

const SHARED_EVAL = {
  ct24DevTest: "dfc56aad5776759022c44817820898fb0b51904f2c28b1fa0ff65e561faaedf9",
  ct24DevTestSentences: "6f566740e9d32d1b00af95092f495d0ca8d977c16483e21eac3e021825bc8f57",
  ct24DevTestRaw: "fab8d981bb33366b7b48db591ac4ac484037aa6835dea203442807eed595cdb0",
  "subjectivity german/dev_de": "d2f04aa421933b55e5afe3bc037143bc751cde5cf70ed498a531ae3a3fa5492f",
  "subjectivity german/dev_test_de": "7fbe4def1cc1dc11bcc6410c5c72e460f6e6817c79205816f61e308c1b53a695",
  "subjectivity german/train_de": "b8da302d6165471264eff840fa33335f0ebf84df0f517af67fc9ad5e8f7eb0f3",
  "subjectivity english/dev_en": "fc3454a8acab9a9b28a66bae9407ff235a76b804e360d96a3fa90e84fb2f6807",
  "subjectivity english/dev_test_en": "ec5a0c9938d0b0f7df0ad99fa65572fc70609376e9cd5d20c5932ad17060da25",
  "subjectivity english/train_en": "44dff3df1941c2bc362268d3f171ea8053176ee41350c8242bd5017a95361d73",
  claimnormEn: "302f74037419092bd919f4f68020417510ef3db6dd5982254bc7972514c39314",
  claimnormDe: "f5b7c5dbe370b19014d9eb8342faa8e89633c4671d128e5ed27388cfd1db2dac",
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

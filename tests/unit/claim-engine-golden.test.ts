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
// a German research group" (weights unchanged); court news and an opinion piece: prosecutors, authorities and
// lawyers as groups, "Judge", "Carter's lawyer, Michael Brown, said", "Kommentar: …" no comments section,
// "Ich finde" an opinion, German multiples as numbers (model retrained); a trailing "…, schrieb X …" out of
// the wording (seed article 2), and "äußerte X" and long "berichteten … unter Berufung auf …" (seed article 1).
// Then the probe of stop 26: a source's short name in brackets and approximate numbers in German word order,
// "ifo-Institut", "… on Friday" out of a claimant, "told The Associated Press", no wording over 1,000 characters.
// Stop 27: no unit starts or ends with an invisible format character (zero-width space, direction marks):
// only the CheckThat! claim-normalisation posts hold such characters at a sentence's edge. A sentence that only
// names the source of the one before ("Das sagte er.") is no claim of its own (the tricky text's one such line).
// German reported speech reads in the indicative once its speaker is out of the wording ("Die Lage ist ernst").
// A company with its legal form is one organisation ("Hamburger Hafen und Logistik AG", not "AG").
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "6af82608032456e9e8e1d6f255436380407bf4f5221c3bea18615fb08a15b4e8",
  seedEn: "e275972ca62b206256435822fad1715e9ccacc791010d6e0476561d2eb385cb7",
  seedTeamDe: "2a00062b39f7826e3efed24f537c85aabc2c5b34ed0fa3694ac8061f45a57011",
  seedDetected: "6bbbf1816b98cd8c74b9f52fce4ff3c49a04b2a80cec4bd4c629e13cb664fc9e",
  claimbusterTrain: "93188df4caf910c4bfc7886be5410b8ac3b68cc3045cfddb4b5b296781a60bd2",
  claimbusterDev: "2f0a594b288a81abd3144ed11e9b26d716e58c7edb1c327457c515e61495d5aa",
  claimbusterDevRules: "32cc01a42fafdfe2816a741e9a4666ab0613f0cffef08fdad47fd8a23361a2d6",
  claimbusterDevTeam: "4a7db9b007b1a50da170df4b58b5366a0bf21dceaecc1dfa66901a7461c67c3e",
  claimbusterDevSentences: "715532dc9bc900afbc0a47bdbb18cbbee8df6c98a1e91afd1352c3cbb885c5fe",
  claimbusterDevRaw: "549583a6b275276d503a2e79b631b2b9d8a308ce35169c4fd7c94f591b7d6338",
  claimbusterTrainRaw: "baff3d199e1015cf013c0bc4aafd419ef822dff3875079f309b554a1c40a2bca",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "5d6655705b214d5da48ebd4280c942a6b762b1857f7d2f0eaf83d552e41b0f72",
  trickyEn: "6b6a74fa9c8891590d101c313d2bea3fad87e4adfc3b38d08360b8d1bd97b96f",
};

const SHARED_EVAL = {
  ct24DevTest: "dfc56aad5776759022c44817820898fb0b51904f2c28b1fa0ff65e561faaedf9",
  ct24DevTestSentences: "6f566740e9d32d1b00af95092f495d0ca8d977c16483e21eac3e021825bc8f57",
  ct24DevTestRaw: "d8e077710b55c7e95ccf53545435d7ffeb87d97e4a68ff47a259e1209506daaf",
  "subjectivity german/dev_de": "9e7c013b8ba713bff6211842d3d4d4dc5e633fa3ae735f0595ffceae9da4705a",
  "subjectivity german/dev_test_de": "15138b4b0090086f1698310caab89860a69365097527f84d4f529225328b0d17",
  "subjectivity german/train_de": "bcac44a61c5e370299987d7524bbc56497f5ebc442bb927b65ddc6789a7dd12d",
  "subjectivity english/dev_en": "0e610673189d8a55f061a2566eb6da699c398adad87ebdb316fd6eaaba8b9a3c",
  "subjectivity english/dev_test_en": "d1426abd0380e71db61f3b10f79813b769453b26f7418c94017369bde74f3bcb",
  "subjectivity english/train_en": "762a7bc3e05e31a6b22fc2a00ee8167104338de1cb9dac27359295805fa845f7",
  claimnormEn: "40d70497e16ecce833b0c222eaaba1d8b23c2c0d3839fd67b8248ecd1193c70b",
  claimnormDe: "1646e7496f05715a707090ad85bdb8e49dc0b82067721bd708f39e901211c5d2",
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

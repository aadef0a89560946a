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
// A company with its legal form is one organisation ("Hamburger Hafen und Logistik AG", not "AG"); "Chief
// Executive" is an office before a name; "Northwest", "Midwest", "priest" are no superlatives (model retrained);
// "über", "unter", "about", "over", "nearly" … compare only before a number (model retrained); claimants by age.
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "6af82608032456e9e8e1d6f255436380407bf4f5221c3bea18615fb08a15b4e8",
  seedEn: "aa51a705b2ea25d9a23fce1c64513f2cef9a8dcfabe4eb4d39a7402a7a3d5fc3",
  seedTeamDe: "c7ba607c022d15b225413856cbdb33e2e911dbadee1c87ab3fcbef046593505d",
  seedDetected: "6bbbf1816b98cd8c74b9f52fce4ff3c49a04b2a80cec4bd4c629e13cb664fc9e",
  claimbusterTrain: "123135bf45d82d1e5ffaedbcde2470a3502797babd62c7fc7ce5e8782fff58f8",
  claimbusterDev: "96f38dad1d9c96d5773ad96c31f265fe991b54045b89ad3ed97fcc5cca61943a",
  claimbusterDevRules: "c81fbf33f7ce93a44602293576e864178f9772c69f8c3abec56fcab9f9d9e33f",
  claimbusterDevTeam: "8dabd1d53057f9f24390d1dc0c3e340f28997e562e9fb58ef1d2b6e707cff5ab",
  claimbusterDevSentences: "ffb5964a70fcc41ceb2f13dfa790b44be09b59038345ab061edc7214c2a20231",
  claimbusterDevRaw: "f281e5bcfe59fcf8c3b19092302ef2b0a66667b34101ba09c87c536f4d9972f3",
  claimbusterTrainRaw: "08f6361f9f16b7bd5bf39e91cd33323b3e78e8ccf020cb64054b7216177d6d4d",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "ebed893d10a1c244dd7d5a7f03340f5ca4f58b0acf17bd59434e6ad4bf4985a8",
  trickyEn: "ffa7e3be7e5efbaeeea32a78c5a381f95d05cffd1ce870a175cf7228f90a7ef6",
};

const SHARED_EVAL = {
  ct24DevTest: "cd64fe59fb67224e9a27df0c9fe939c84f066cee0d375c864763a630a087e9e3",
  ct24DevTestSentences: "5c6b8e7bd32e09ae079bc3139e15d6054d15328f495e3603a39a98d83683fd95",
  ct24DevTestRaw: "7fcdc3641c4e48073fee41ea8fc270d3ac8d89d9bf269a5d2dd3f2dba2d81aaf",
  "subjectivity german/dev_de": "28bc1bfb4486d6e38180e8bdc9da5be869d8cfffde0469487c8680b825bdc8be",
  "subjectivity german/dev_test_de": "b87c2d6d7c9e1e65231cc91152d0befb6411dc8ebb56f39b67b54cb07c33aae2",
  "subjectivity german/train_de": "627e993266ce3ed58b1822d99932ab40233a370d8f53ebbce15883748a04bb6b",
  "subjectivity english/dev_en": "73635fe29dc76ed52ba50ce80f0010d85d7271fba06b51a87fdfb532862f3bc8",
  "subjectivity english/dev_test_en": "cbc458740606cca5695f54f297ba72ffb845879248f7341200d6dd16a444c790",
  "subjectivity english/train_en": "ea24a696bab8890455ee2862c47319591f08afdac061e040ff2f3b1cb094fa40",
  claimnormEn: "ffae7f1e6a24a93056d0e862c2fc32b09cd2b03e148a955c106135fada651547",
  claimnormDe: "3a104632bb5df992e700d82ec40b710283df8f8982727217ba09283819f504cd",
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

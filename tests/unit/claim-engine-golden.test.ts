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
// Executive" is an office before a name; "Northwest", "Midwest", "priest" are no superlatives (model retrained).
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "6af82608032456e9e8e1d6f255436380407bf4f5221c3bea18615fb08a15b4e8",
  seedEn: "8f0d9bd3167dd4fdf83bc1968b205deaba7bd334bef34beae7e30c231b2ca1c5",
  seedTeamDe: "2a00062b39f7826e3efed24f537c85aabc2c5b34ed0fa3694ac8061f45a57011",
  seedDetected: "6bbbf1816b98cd8c74b9f52fce4ff3c49a04b2a80cec4bd4c629e13cb664fc9e",
  claimbusterTrain: "47369d90aace6cff0d5052833d2cd652e2fb96eccd10bc601cd90fd52ca738a1",
  claimbusterDev: "012afe5c3479f9d0587301f461f4aab34705050668c7babf059d728dfe42974a",
  claimbusterDevRules: "32cc01a42fafdfe2816a741e9a4666ab0613f0cffef08fdad47fd8a23361a2d6",
  claimbusterDevTeam: "1ad4018cbf1c29e37a86a8892560b5fd5e44723f9e391428a7e3bc4b57cc764f",
  claimbusterDevSentences: "b780611f453fac8ce802a1abb4446ea8e73d3cfe7b4dab4d7c4ae9ab44e8baba",
  claimbusterDevRaw: "561f2e0ba0b3bf36aec1fa5209413d04aec3c8333dbd6f5f9096773f5100925b",
  claimbusterTrainRaw: "e5d8472b6d2f7c31f96401435bd85f57820e4646f28a8cb15920b4173eedd702",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "ebed893d10a1c244dd7d5a7f03340f5ca4f58b0acf17bd59434e6ad4bf4985a8",
  trickyEn: "cba1d3e0e06b852bdb318abc112cc273715d2fa094e2531e50746d5483e4855d",
};

const SHARED_EVAL = {
  ct24DevTest: "40806b3d8a4c6e404cdb096ffc5012f50dfa7b25ca114a52acb0ef0a06ac7d63",
  ct24DevTestSentences: "d5151727aebf06c933b7eba184561e2db9530c514d99a364f9f22a1bd331e547",
  ct24DevTestRaw: "37cfa56aea52109cb807c088c4327f3a3b0c8e29f533927b65a5ebbb11e13961",
  "subjectivity german/dev_de": "9e7c013b8ba713bff6211842d3d4d4dc5e633fa3ae735f0595ffceae9da4705a",
  "subjectivity german/dev_test_de": "15138b4b0090086f1698310caab89860a69365097527f84d4f529225328b0d17",
  "subjectivity german/train_de": "bcac44a61c5e370299987d7524bbc56497f5ebc442bb927b65ddc6789a7dd12d",
  "subjectivity english/dev_en": "53b22c49ac294837157ca43c267d27177aa6b409eb009f5bc27cdc7f51b4db44",
  "subjectivity english/dev_test_en": "54e4126af420650630975bbf552d9096196da12245ab62286fa262f997bc9393",
  "subjectivity english/train_en": "f95aa92c4b594222cc62cdb1d75ee0df3aa09c2de74b68fe8802111bfd3f055e",
  claimnormEn: "7539ad9c46a12827e650441350a17ef1b8bcaf9589f8db4c444eb7a4ff098287",
  claimnormDe: "20fca39157f4ac7d7fda2da3164d1eb7a741ba5e82a27aa64a24fd6761fd85e4",
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

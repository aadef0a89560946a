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
// "über", "unter", "about", "over", "nearly" … compare only before a number (model retrained); claimants by age;
// courts as organisations and their rulings as events, "urteilten" a verb of saying (model retrained);
// no invisible characters (soft hyphens, zero-width spaces, direction marks) in a suggested wording; then the
// probe of stop 27: no speaker "Nobody" or "Who", "reported"/"announced" out of a wording only before "that",
// no wording of fewer than three words, set phrases with "sei" kept, "behauptete", "kritisierte", present tense.
// Stop 28: a German wording drops a leading "Und" or "Aber" before its subject ("Aber die Zahlen sprechen …");
// a claimant the name pattern cannot read, at the start before "said", goes out of the wording; then the
// probe of stop 28: German speakers after the verb ("Außerdem erklärte Lindner, …"), no claimant that is a
// time or starts with a connective ("Am Montag", "But the minister"), "Doch" and "Aber laut" in front; its
// re-probe: "Trotzdem" a connective, "Denn" a conjunction, "behauptete X, …" and "erklärte X: …" after a front.
// Stop 29: "X, Name, sagte der Zeitung, …", researchers and politicians as titles, "industry data showed on
// Monday", long descriptions after "said X", a pronoun that stood for the removed speaker named, "bis heute"
// kept, "Das geht aus … hervor, der … vorliegt" a source, brokers and investors as groups (weights unchanged);
// court and health news: ", entschied der Senat", "vzbv-Chefin", "Kritik kam von X: …", "Plattform X." ends a
// sentence, German "Milliarde" a number, "He said …" after a named speaker is that speaker's (weights unchanged);
// German reported speech in the subjunctive after a unit with a claimant is that claimant's, "kündigte X an"
// out of the wording, "Tatsächlich" and other adverbs no claimant, "Hälfte" a number (weights unchanged);
// the walk of stop 29: German bodies as claimants in the nominative ("Statistisches Bundesamt"), "zeigte sich
// X:", more subjunctive verbs, "charities say", "Critics argue …", "That's according to a report …" (weights unchanged).
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "6af82608032456e9e8e1d6f255436380407bf4f5221c3bea18615fb08a15b4e8",
  seedEn: "093affd06154fef7e18b02fde5e27241db8f71674fb6e8119dc097a11eaae181",
  seedTeamDe: "c7ba607c022d15b225413856cbdb33e2e911dbadee1c87ab3fcbef046593505d",
  seedDetected: "6bbbf1816b98cd8c74b9f52fce4ff3c49a04b2a80cec4bd4c629e13cb664fc9e",
  claimbusterTrain: "73278a468b1f6a5a27a7159f88df44161df7b98be22b4033a0177e121f4f7852",
  claimbusterDev: "7f69ef9c86f19f696e6ab7dd9b062e00dc0f09da9f9a30b323dea764751f86cb",
  claimbusterDevRules: "32c112d420127ddc20da1d3e525e061ffb6bb4025a6d24b71403fe7fa182e255",
  claimbusterDevTeam: "df0c5530a83622a3a14a7be4972f527eb2b156e7552fcb1cdc62d9466e97fcbf",
  claimbusterDevSentences: "20ec851b4c76a142efeee5080f65c7d7577ac0c7cb5296305c6cb4c39a335f83",
  claimbusterDevRaw: "4cab0066095aa00a9b0c652c567430f56d541f0a9526b420f807759165469a83",
  claimbusterTrainRaw: "db1dcfc3bfbf9811300bc8c8716cb60082c13627e7cfd6ee1c1441c7625d5c9e",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "5c275a7c294fec07e4cc0d1e568914e0da2c1001c78ae0aa274ab9c73d1cd9ed",
  trickyEn: "71e98d124be2053933a31593d11048acb3bb83b71ffb320fbda27cb06628b361",
};

const SHARED_EVAL = {
  ct24DevTest: "3462c3d6f2a81f3cd9334cea6e5dc6b25906865df5f669aa72b453f184d7310c",
  ct24DevTestSentences: "0f00d4b3f5dcc71919c221b4070bb5e228593352f1cfea9eaba1d635555c9103",
  ct24DevTestRaw: "2bee2b86a5bf7a6d8e3080b0133ec0d3cd98f212b121a88e8051a41f5c356410",
  "subjectivity german/dev_de": "18220bc18cb350ad12bd80b49a47b957dd7f687da7b6df64f04cb221109a299a",
  "subjectivity german/dev_test_de": "777ed800d3b1e216e55892219c6753f802e697e256d39125ccdeafeb981db12b",
  "subjectivity german/train_de": "38cfd48b6bfd8abc040a0187cd1f51bf2ca559f95d8e95fed8f2236d900cb7ec",
  "subjectivity english/dev_en": "19fa0edfdc40a38711b95eb5698252a2ec1f33cdd60d937c41a4019b14f61565",
  "subjectivity english/dev_test_en": "8c8763d9f394d4e68f40530c1c134fe2c37cc57600716e00ea3f6b8cc9c5264b",
  "subjectivity english/train_en": "6d777ab3f2f93656d03c11265a1b8792514c9ca75ac97204cb44c4194bbd5ded",
  claimnormEn: "3ff57ce6373b413ce3a8d5ad4a3480d711e01459b3f031e8f8ac18c4345c5308",
  claimnormDe: "8730c6a4e7f7bacd1b74cd2def91edb16e945ee2a8755840f5d8a868d95330fb",
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

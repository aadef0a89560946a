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
// Stop 30 (probe with new texts): lines hard-wrapped at one width join before a capitalised word, "Die 22.
// Zivilkammer" and "Az." end no sentence, "X said last month it would …" loses the time of saying and the
// backshift ("X will …"), "added" before an object says nothing (model retrained: CV and dev figures the same),
// "hätten"/"würden" of reported speech in the indicative, a list mark out of the wording, "können … gestellt
// werden" no speculation; function words and bare digits are no reasons (scores unchanged); a speaker label
// that opens two turns ("RAMIREZ: …", "Neumeyer: …") is the claimant of its paragraph (scores unchanged);
// headings in capitals and fragments are never check-worthy (at most 0.1 under the model), press-release
// furniture (contact lines, "Pressemitteilung Nr. …", postal addresses, unsubscribe links) is boilerplate.
// Stop 31: a claimant written by last name alone gets the full name the article introduced ("Scholz" →
// "Olaf Scholz"; not when two people share the last name); "schätzt", "prognostiziert" are verbs of saying;
// "He said it would hurt …" without a named speaker loses the backshift too ("It will hurt …"); the walk of
// stop 31: "That's according to a survey of 240 businesses" and "… hervor, die … veröffentlicht wurde" are
// sources, a quotation ending in "he told reporters" is the last speaker's, "resident X, 42, said" (weights unchanged).
// Stop 32: German opinions from an opinion score of 0.2 (was 0.3; tuned on the subjectivity train split, no seed
// article changes); the walk of stop 32: "think tank" no speculation and a group that speaks, "Das kündigte X an"
// a source, a person named in a source sentence the claimant without office and party, German criticism and
// confidence ("kritisierte", "zuversichtlich") opinion words, "council" a group that speaks, "However, X said" (weights unchanged).
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "43eb525c6741776e72593ab5d9b6942f0cf263438f88129f460f35a7d468b7ac",
  seedEn: "1dd4ce2de66448be2843dc9b7b6ba11ca79a142fe226729117ef1d02065dca0e",
  seedTeamDe: "e0b9bd1155a3d1e8401827a020f6a9e6f9b98645ae006e1ff2c3acf98ac7854b",
  seedDetected: "ff0d7bd391ebc75733dc632cb9d2f9468f9546b93412290f69373b82724c14be",
  claimbusterTrain: "33ba394ada98edc6b276c134437810bdbcb44fcf0c271a4d3f27dde9f24bf0b5",
  claimbusterDev: "a16234c86f8b97aee95d13a6ba09471e8d213c4867cc55dc935187e200852831",
  claimbusterDevRules: "32c112d420127ddc20da1d3e525e061ffb6bb4025a6d24b71403fe7fa182e255",
  claimbusterDevTeam: "8e7690eb2d59b742327a324db60da0c6ab621cff274b1551959eadac082acb5b",
  claimbusterDevSentences: "eb8065c032f8587beb91134c5032d28932bf97c58d4f521fdb81682fe88fa95d",
  claimbusterDevRaw: "0d05685f03dd4664942016285fd32dbe8787b6e6793e3c2ac3c518fc52435386",
  claimbusterTrainRaw: "7ecfc04084cae9294c5a72dad5796f0f851044a480a377a3f22e8fef9668b75a",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "60eaf833d12dce056eb5c29bbeb4d7152fdfe0e8fc394888dc40a906f349a39a",
  trickyEn: "957a81a458ac954f7fb6ef2c60fc0c09cd034897a2b01bb3c94e3871d08f694e",
};

const SHARED_EVAL = {
  ct24DevTest: "37b7c1b770380ab2fc3ad313a86c85e91491f34d6a80b25091d1419e9d5a9c64",
  ct24DevTestSentences: "b53a4dc76f912c593d195dfcd336c64140cf0477aab6a6670a2b740aa8e9f822",
  ct24DevTestRaw: "26afb8b4866ab3d5425e46d33f92845764c165aadd244035e2a99a3acb93fc23",
  "subjectivity german/dev_de": "3da0b618a8f678ea9431fd8bd7a0d506f15d27baa9243e995150bd9b36f827cb",
  "subjectivity german/dev_test_de": "7ee050fef1746a2a2e95f68558a23e9425b834cec8d38815dd3649ee10b1c9c7",
  "subjectivity german/train_de": "03eec22180d8b3a53de2769e33e7a0a66dc20a6690d0fd5a614d64c9acfc6e34",
  "subjectivity english/dev_en": "b7ded8ca57efd2b57811099341572366e1996c03716c1d12fd3152e4f1cfc2a2",
  "subjectivity english/dev_test_en": "b39212d0fcabe7a748862419cd561d4d82f21036ce51e9b6d62debff6b209149",
  "subjectivity english/train_en": "929cab9b413ed8634b7233557e2b1cce44b7ed8dd60fa31354bf50bd31a2353e",
  claimnormEn: "61d48cce6a9b79e40d4ca0a56e173f0b7a659363c77c4b15e87073f5ce899f5f",
  claimnormDe: "acb0c9310ed7805a8ef9eeaf111ffea5179ddf6c2c58da11c0527383c737ce6e",
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

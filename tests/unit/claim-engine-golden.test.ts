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
// Stop 33 (engine read of five new articles): date lines, bylines with a post, photo and interview credits are
// boilerplate; speakers after a quotation with a title or an apposition, bodies named by their kind ("the
// committee said"), "Industry body X said", the holder after an office between commas, "Der frühere … X (FDP)
// erklärte"; a bracketed short name and an office stay with the subject in German word order; "Was" names
// nobody; stance adverbs and verdict words ("frankly", "überfällig") evaluative (model retrained: CV the same);
// offices ending in "-sekretär", "-beauftragte", "-richterin", "-leiter" … before a name (weights unchanged);
// "Nach seinen Angaben …" the person named just before, more subjunctive verbs of reported speech (weights unchanged);
// second engine read: "zufolge" put first only after an article or a name, genitive adjectives in a source's name
// ("Verband deutscher Pfandbriefbanken"), no number after a source, the name in apposition before "kritisierte die …",
// "said that A and that B", "Justice" a title, the person nearest the verb, numbered list items whole, agency credits
// and share lines boilerplate (model retrained: CV the same); "…, he said." without quotation marks the last
// speaker's, "jedes dritte", "every fifth" numbers (weights unchanged); the walk's article: an office holder named
// between commas is whom a later "sagte er" means, "Nach seinen Worten", "…, sagte sie." without quotation marks,
// "Der Gesundheitsökonom X von der Y sagte", "X aus <Ort>" out of a name, a last word never a title (weights unchanged).
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "c77ab76ada2c3fe2671b93c62e5fcac17f6b0f90818f74fc6492f9474cc89255",
  seedEn: "5d5b9c63626dd96ded4020eb61a4359fd82792cc3804621c3158643905156359",
  seedTeamDe: "5f73222b3eb9612488a3582d05348654c6e24695a774e7a86716e2915c2918c9",
  seedDetected: "d23345282164561c451274cca5b9d192e1173aaa910ba57ec8e2aebac4cbd2b9",
  claimbusterTrain: "4fbe2dce25e6aba97b38bb47df6443a81eb5ac9fd44fb9b1be14309b00ce9c47",
  claimbusterDev: "44d921bed8e569c2fedb7bab611ded6f2e18ba1547c8178eddaa0abd78255da6",
  claimbusterDevRules: "1a104bebb4a5fff44bfe87ccc26e4134b4dae6d6129a7611d25ffd19ec3f4a1b",
  claimbusterDevTeam: "f3b8279c5aebf164a0ebd84ee42eb8d2d1f8965ff5b9cb11fab0b0fb14d79408",
  claimbusterDevSentences: "262d2136ebb26748f6c82909e027b8959a7b83954ac916c963382c11b4a8177e",
  claimbusterDevRaw: "4be3561bb831066beb38a1d8ade1db6b2ca92acec0523a19b95e77e20d375cce",
  claimbusterTrainRaw: "c1966813f9003db4219cf17b4bb3164be892c68a6f107754b4970a1141c509b9",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "60eaf833d12dce056eb5c29bbeb4d7152fdfe0e8fc394888dc40a906f349a39a",
  trickyEn: "090279cd10abf141c7bcac361213491911a3261891f043c7ed42a0bf9d47b982",
};

const SHARED_EVAL = {
  ct24DevTest: "3f418b3a9c7b734f29731f2643db6729cdc0af3ce565a0b7a9b23f89a5530575",
  ct24DevTestSentences: "75d79124fac434b8b04bd08704f26c1bde7e5250ee8a4f219b72909cf846eca9",
  ct24DevTestRaw: "fee1e6798274a259fa76d2dc76fc3430903a4230a990d71c823c1a2ddb23ca9e",
  "subjectivity german/dev_de": "07a920930a544d31943a802f7b903db07f8cb1d33809f4375463e79ec6ec2aaf",
  "subjectivity german/dev_test_de": "c186cf6c5fc42f56a500dc6a4e17656b2aef47a2e019bba9b16d63236c6c3eda",
  "subjectivity german/train_de": "c8866c8e848d39f34078ce257538d83799df832b658ca9176c70d52ee2908d37",
  "subjectivity english/dev_en": "720ad70ff7b29d68084f3f2adb70c590f8acf4f0db6c564c1736ddd33a6c379d",
  "subjectivity english/dev_test_en": "05053b5d621033322680dd28158bef27234f681afe5d65801026cefa5437fb3a",
  "subjectivity english/train_en": "71056a156c98261c73ffe153b97001d9604563dc6d2c2bd4296109f103005a57",
  claimnormEn: "4879cee5fab807be9aff92d8bf829227173dd3841da24e108696ffadb10164bc",
  claimnormDe: "8155381e75c1b9a5a8fe9f3566f28423bdd8e384ab6d8681ef86db3134c900b3",
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

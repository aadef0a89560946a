import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordedDigest, trainingInput, trainingInputDigest } from "@/scripts/lib/training-input";
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
// "Der Gesundheitsökonom X von der Y sagte", "X aus <Ort>" out of a name, a last word never a title (weights unchanged);
// stop 34's engine read: a quotation on its own is the previous quoted speaker's, "he said" the one person a sentence
// opened with, "also claimed", "has previously estimated", "data from X show", "an investigation by X found",
// lower-case English offices and hyphenated titles before a name, titles and initials after the verb, "said that would …",
// "X said A and warned that B" without B, contact/issue/agency-code/credit/dateline lines boilerplate, bylines and
// bars end a line, line breaks after a title or possessive joined, decimals of four digits (model retrained: CV the same);
// German: a leading "Auch" dropped without reordering, subjects joined by "und", no speech after a verb's object,
// "zu hoch" no infinitive, "stünden", "sollten" and more weak verbs of reported speech, "Aus dem X hieß es",
// long fronted phrases before "sagte X", an office alone is the person introduced with it, interviewer turns
// ("SZ:") have no speaker, "elf" a number, "Bad …" and "Great …" no judgement (model retrained: CV the same);
// second engine read: German »…« closed by «, a quotation alone never names its own speaker, one introduced by a
// colon or running over paragraphs is the speaker's named before, "according to U.S. …", occupations before a name,
// "A spokesperson, X, said", "reported last year that", index names no numbers, more furniture (weights retrained);
// "Der Angeklagte …" whom "sagte er" means, "sagte er mit leiser Stimme", "and that" + clause (weights retrained).
// stop 35's engine read: a name opening a sentence with an apposition is whom "she said" means, German occupations and
// a subject after "äußerte sich" as speakers, titles in a row, Arabic name particles, "der Studie zufolge" inside a
// sentence, German "So" kept, datelines with dates, slashes and two agencies, "said on Tuesday evening that", "but
// warned that", date lines, captions, editors' notes, rate and contact lines boilerplate, lines that stop inside a
// noun phrase joined (weights unchanged); offices before and in apposition to a name ("The lead author, X of the
// University of Y, said", "Chief financial officer X said", "The council’s chief executive, X, told councillors that"),
// "X’s figures showed that", German quotations split by "fügte er hinzu" and joined without a comma; second read:
// "am Morgen" no "tomorrow", police ranks, "Its"/"Her" + office, no adverb or addressee as speaker, later sentences of
// an open quotation the speaker’s, known places’ datelines, more furniture (weights unchanged); "a spokesperson for
// Kent Police" names no person, "Manager" a title, a name cut by a hard wrap before a comma joined (model retrained).
// German speakers in the perfect ("hatte Rolfes erklärt, …"), "X berichtete, …" and "X betont, …" out of the wording.
// Titles in a row read at each title's own token (same people found, without the slow repeated group; model retrained).
// "He added: …", "Er sagte: …" before a quotation out of the wording (ClaimBuster unchanged).
// stop 36's engine read: three-digit German ordinals, a number and its unit across a line break, bylines, date lines,
// related links and labelled line-ups as lines of their own, more furniture, relative days in quotations as said,
// "Today" in a name (ClaimBuster unchanged); offices in lower case before a name ("immigration critic", "coach"),
// a pattern's later match when its first names nobody, "no." ends a sentence, middle initials (weights unchanged).
// German reported speech after a sentence naming one person, "sagte er der Deutschen Presse-Agentur", "Kapitän" and
// "Geschäftsführerin" as offices, no place of work or prepositional phrase in a name, "the thing that" (model retrained).
// "according to a report by X" names X, a dot in a web name ("Rentals.ca") is part of it, "AfD", "BaFin" and "KfW" are
// organisations, "COLUMBUS, Ohio —" and "PHOENIX —" are datelines, "In fact," and "Indeed," leave the wording
// (ClaimBuster wordings only: weights unchanged).
// stop 37's engine read: German ordinals after a possessive ("sein 21. Saisontor"), a German apposition kept with its
// noun in a reordered wording, a German speaker not known as a person goes on in "Sie forderte …" (German only).
// The page walk of stop 37: an office alone ("the Prime Minister") is the claimant, local offices ("Council member") before
// a name, "widersprach:" and "entgegnete" as verbs of saying (ClaimBuster claimants only: weights unchanged).
// Furniture of stop 37's engine read (share lines, agency sigils, a release's number, telephone lines, appeals for
// witnesses), "gestern"/"heute" out of a claimant, "Our reporter in X, Name, says", no "figures" as a claimant.
// "would" after a verb of saying is a reported "will", no speculation (the rules' opinion reading only: weights unchanged).
// Stop 38: the epoch count chosen by cross-validation with the L2 penalty (8 epochs, model retrained); weekdays
// written as dates in a wording where the sentence's tense gives the direction, a time in front no speaker (weights unchanged).
// Stop 38's engine read: a pronoun after "The judge …" is the judge's, a speaker after an opening scene, "der 52-Jährige" the
// person before, Swiss «…» closed at », no speaker for a pronoun after another referent, contact lines and agency codes apart;
// lower-case offices ("Shadow chancellor"), ", the researchers found.", long split-quotation clauses, no "Dezember 48" (weights unchanged).
// Stop 39's engine read: lower-case "so."/"do." end sentences, a line's end hyphen continues it, "by Wednesday" ahead, "Police
// Scotland", unnamed office holders replace named ones, German present-tense attribution and "bestritt das:", "according to"
// mid-sentence, "Laut X fallen derzeit", slashed agency codes and credit rows as furniture; "fügte X hinzu", "wie X weiter
// mitteilte" without the particle; English ", she pointed out," out of the wording (weights unchanged).
// Stop 40: ragged hard line breaks joined (after "around", inside an opened quotation, past two commas), "Mag." and a
// surname's initial, weekdays after participles without "ge-" and "für Freitag", faithful wordings where the subject is unsure,
// "said transport chief X", "he told the meeting", "A ministry spokesperson", Swiss offices, "Cllr", teaser lines whole,
// Swiss thousands (weights unchanged: only ClaimBuster paragraphs, posts and German subjectivity sentences changed).
// Stop 41: relative years and months ("last year", "im vergangenen Jahr") named in wordings with a date (only the dated
// ClaimBuster paragraphs changed; weights unchanged). Then a line going on after an abbreviation ("u. a.⏎in …"), "Lkr.",
// datelines with a bracket, an agency or a byline, lines under "Read more:" and "Mehr zum Club:" as furniture, "1. FC"
// kept (only German posts changed: "u.a.⏎in", "Mrd.⏎eingesparter"; weights unchanged); words in a line of capitals
// ("THE WEEKLY BYTE", "SAN JOSE,") no organisations (entities of posts and subjectivity sentences changed, scores not).
// Stop 42: a capitalised adjective after a German article is part of a name ("die Deutsche Bahn"), German relative
// periods are dates ("im vergangenen Jahr", "Vorjahr"), "Rekord…" and "wie nie zuvor" records (German posts and
// subjectivity sentences changed; English and the seed articles not; weights unchanged); a number keeps its unit
// ("32C", "187 grams", "2 Grad", "40 miles": ClaimBuster and post entities changed, model features not).
// Stop 43 (engine read of eleven new articles): page numbers, reading times, share bars, a press release's heading and
// number line are boilerplate; "Das berichtet X", "Das geht aus der X (Y) hervor", "according to the consultancy's … Index"
// are sources; "schreibt/schreiben X" a verb of saying; "hatte im vergangenen Monat erklärt"; "…, hieß es" keeps no earlier
// speaker; "No." before a word ends a sentence; "said last Tuesday that" out of a wording; German subjects with a name's
// genitive ("die Schuldenquote Deutschlands") and "andere Zulieferer bauen" kept in order (5 German subjectivity sentences
// changed, read one by one; English, the seed articles and the model features not; weights unchanged); a speaker
// wrapped across a line break ("the⏎organisers", "Präsiden-⏎tin") taken out of the wording, named on one line and
// hyphenated words joined, reasons on one line (23 German post units changed, all for the better). English speakers:
// "council speaker X", "FAA Administrator X", "A spokeswoman for the authority, X, said", "its manufacturer X A/S said",
// "confirmed/cautioned that" (3 English units of the posts and subjectivity file changed; ClaimBuster, CT24 and the
// model features not; weights unchanged); a German line ending in "sagte" or "nur" goes on (one post unit joined);
// an interview's "Q:", "A:", "Frage:", "Antwort:" out of a wording (three German post units); "6 mmHg", "38 gigawatts",
// "9€", "1,2 Mrd. €" keep their unit (three German post units). The rules say "nothing to check ↓" where no signal
// fired (every rules-only output changed in its reasons alone; the model's outputs and features not). A German speaker
// before a simple "dass" clause goes out of the wording, the clause in main-clause order (one German post unit).
// Engine read of stop 44: a pasted thread's account lines ("@X:", "@X · 2h", "Reply from @X:") name each post's claimant
// and, like a mention alone on a line, time stamps and counters, are boilerplate; "BREAKING:", "Zum Vergleich:" and a
// closing "!!" out of a wording; "X said A and claimed B" keeps B; a line ending in ";" before a lower-case line goes
// on; "p.m." before a capitalised word ends a sentence; German "ein 71 Jahre alter X", "seit vergangenem Freitag",
// "nach Angaben von Präsident X", "Eine Sprecherin des … für … sagte," (about 150 German and 330 English post units,
// mostly mention lines and "!!", read; 1 German and 2 English sentences of the subjectivity and ClaimBuster files;
// the model features not, weights unchanged). "We" in a quotation is the speaker's side, not the writer's view: it no
// longer counts towards an opinion (subjectivity macro-F1 up on all four files; one seed quote now check-worthy).
// No number in a German road's name ("B 27") or an area code ("07071 972-8660"); "Zeugen werden gebeten, sich … zu
// melden" is boilerplate; "das dritte … seit", "zum dritten Mal" rank; "Ortsvorsteherin" a title; a quotation after
// ", sagte X." is X's (a few German post and subjectivity units; the model features not, weights unchanged).
// "Fazit:" and "Update:" out of a wording; "kommen bis zu 100 Millionen Vögel …" put in order after its source (4 post units).
// "the traffic analytics firm INRIX" is INRIX (one English subjectivity sentence: "the platform Africa data hub").
// Engine read of stop 45: a sentence opening with a figure after another's end is a unit of its own; German reported
// speech in "hätten"/"würden" keeps its speaker (and "würden" there is no hedge); "(OCHA)" after a body's name is no word
// of it; no claimant cut at a thousands comma; capitalised words in "-est" are names; a web page's skip link, cookie
// banner, advertisement and list headings, correction notes, "Mitarbeit: X", captions before a picture credit and the
// lines under "Read more"/"Related stories" are boilerplate (22 German and 42 English post units, 3 German and 3
// English subjectivity sentences, one ClaimBuster sentence, all read; the model features not, weights unchanged).
// Second round: "X says we …" and "He said it again on Tuesday" keep their speaker in the wording (10 ClaimBuster and
// one English post unit read); stage directions ("[CHEERS]", "(Beifall bei der SPD)") are units of their own; both
// relative years of "3.3% this year and 3.7% next year" are resolved (the model features not, weights unchanged).
// "Laut X" out before a reflexive verb ("amortisiert sich ein gutes Set" → "Ein gutes Set amortisiert sich"); "warnt",
// "mahnt", "ergänzt", "bestätigt", "meldet" are verbs of saying (8 German post units, 3 German subjectivity sentences read).
// Stop 46: a German clause that reports what happened by its shape ("hat … aufgenommen", "wurde … eingeleitet", "nahm …
// fest") is an event (92 German post units and 59 German subjectivity sentences rose to check-worthy; samples read; the
// model features not, weights unchanged; German subjectivity macro-F1 unchanged).
// Second round: a quotation nobody named as its speaker, that the sentence goes on after, keeps its marks in the wording
// (scare quotes and cited words: 137 German and 87 English post units, 102 + 59 subjectivity sentences, 29 ClaimBuster
// wordings, samples read); "nach Schätzung/Darstellung/Erkenntnissen" put a source first (one German subjectivity sentence).
// A reason read "event: worden festgestellt worden" where no auxiliary stood before "worden": now "festgestellt worden".
// Stop 47: team models only (claimbusterDevTeam, seedTeamDe): an English team model keeps the shipped threshold, a German
// one is stacked on the rules; no shipped-model or rules digest changed.
// Stop 47, second: a quotation after a colon is its named speaker's, "räumte … ein" is a verb of saying, a line break before
// a quotation opening in lower case goes on, correction and no-comment lines are furniture (claim-norm posts and subjectivity
// sentences: diffs read, 15 units); no model feature digest changed.
// Stop 47, third: German sources in more forms ("gab X zu bedenken", "geben an", "nach ihren Angaben"/"demnach" for the source
// before, an office after a place's genitive, "von der Uniklinik Köln" no part of the name); a claimant of two or three
// capitalised words names a later bare last name ("Mr. Bush" → "George Bush" once in ClaimBuster train); no feature digest changed.
// Stop 47, fourth: "gut" before a figure is no evaluation, "da" before its verb no cause; more furniture (credits with an
// editor, pointers to a graphic, "Live updates", "contributed reporting from", calls to readers); no feature digest changed.
// Stop 47, fifth: a German modal particle or an English stance adverb makes a sentence with nothing to check an opinion (74
// German claim-norm post units and 43 subjectivity sentences changed, samples read; the seed articles did not). The English
// *Sentences digests changed by `subjective` and kind only: the model's features of all ClaimBuster sentences are the same
// (checked with their own digest), so `npm run train:claims` still writes the shipped weights.
// Stop 47, sixth: `npm run train:claims` no longer wrote the shipped weights (the training sentences' features had changed in
// an earlier session, beyond the 6,000 sentences the Raw digests cover): retrained (bias -0.547313 → -0.54724; eval:claims
// prints the same figures), and the model card now records its training input's digest, which the test below compares.
// Inputs: the seed articles and the ClaimBuster sentences in the repository, and (input text only)
// the evaluation files in ../shared/eval where that folder exists. See tests/support/claim-engine-golden.ts.

const REPOSITORY = {
  seedDe: "42542b7e6a7ed4bd025fb839c84b4a658b9b2ccd64ef03c02ba9e3a87f91165c",
  seedEn: "77c9d24b89a9d0fe7fce7999c1195735d365514a2b978a08750e0964aaea2f1a",
  seedTeamDe: "b787c3c46227846fd989452e4a7642119bc434488f39fd818540f37ad2ea4d0c",
  seedDetected: "1b97b952b46ebc871e09c667e108ebb4aa99d5c8cb68be44038a2f8eda035951",
  claimbusterTrain: "c13acf9a69c6c4397697ea548001b518349773e1e80695d338b34bf761235e6f",
  claimbusterDev: "7066a99fedf821798fab56dce6f64d8602d8a62b051088f273117c9d2cef4ceb",
  claimbusterDevRules: "e3b8e5bbd1b3a1af773a4f09d183caf30b89641c080db5bdfca264e10843c5a2",
  claimbusterDevTeam: "03c6d35c74e48f108fa0ce38c1b3a3fa1306f0eff612ccd9bef250f13d4f8568",
  claimbusterDevSentences: "ff59a76c7613f7cf17cc82965cf57c2b7ccdf358f893cc8ccc251ff227370506",
  claimbusterDevRaw: "0f248d9adf2957bb256ef527d62c1c19f39c7f785a0af6be1c61fb474a78d6f5",
  claimbusterTrainRaw: "711282dc2f9b818fe66442f302d8b3bc6e7f3cb12eac35e5a4020b76f47515d6",
  // Added with the speed work, computed by running the code of ca25236 on TRICKY (same digest after).
  trickyDe: "373a641bb3dee819caa1f347138dd2248c1d4bd5ed676515bbed1c8cbd72ff3b",
  trickyEn: "571a0fc21af316c760a17066ff27a95e7160697f10bcf4605764d240b206bdbd",
};

const SHARED_EVAL = {
  ct24DevTest: "5a4a58b246fab8cadc2c0f1a783f5d3b65d2b4aeee17373bf38a0dd9f743b91e",
  ct24DevTestSentences: "57a6e260fa765ce88294c6dca92ae815ec59a32352be474460bbfb840b7ec7ff",
  ct24DevTestRaw: "4f63740b647c4a41d8b0fa55d55155bb8f4e424f5c9782001ba4396008bc722f",
  "subjectivity german/dev_de": "2729550b7335b96fc4061eef0fb5b115a84aa2131123a31420e0788930da61c7",
  "subjectivity german/dev_test_de": "c554be059b1aaa30a699a42492370511ea1a07602b195be88c8639ac539e4f53",
  "subjectivity german/train_de": "7e6931c17ab076995d208d9a47b6c044952bd2507bc31c499127618e3723a372",
  "subjectivity english/dev_en": "9c9615d39675af3c547255ea9bb38c199987427e94bc7e99d9c872903695d7d6",
  "subjectivity english/dev_test_en": "2b0ecfe09cab94eae825d88089d353231280066263b0100058fe476c8620eb57",
  "subjectivity english/train_en": "0ae249ee1f1f2f644428b3e5b4dfdaf58d58f802a7bd6e54fc7d04586f974508",
  claimnormEn: "c91c4a70a790be49a3996c6311574441abcc762805eb63242d41c641fde89f29",
  claimnormDe: "f64103ad6438f715cad1d2e8cb5b2441f7aa6878f524d22708e018ab89e63cf3",
};

describe("claim engine output stays as frozen (commit ca25236, claimant fixes of stops 21, 23, 24, 25 and 26)", () => {
  it("on the seed articles and the ClaimBuster sentences (extract, classify, team models, raw model scores)", () => {
    expect(repositoryDigests()).toEqual(REPOSITORY);
  }, 120_000);

  // The shipped weights come out of `npm run train:claims` only while the training sentences' features are the ones they were
  // trained on (stop 47: a change of earlier sessions had altered some, unnoticed, and training no longer wrote them).
  it("gives the training sentences the features the shipped weights were trained on (else: npm run train:claims)", () => {
    const { train, dev } = trainingInput();
    const card = readFileSync(path.join(import.meta.dirname, "../../lib/domain/claims/model/MODEL_CARD.md"), "utf8");
    expect(trainingInputDigest([...train, ...dev])).toBe(recordedDigest(card));
  }, 120_000);

  it("on the evaluation files in ../shared/eval, where present (input text only)", () => {
    const digests = sharedEvalDigests();
    // A fresh clone without ../shared/eval has only the corpora above to compare.
    if (digests) expect(digests).toEqual(SHARED_EVAL);
  }, 120_000);
});

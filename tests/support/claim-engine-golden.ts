// The claim engine's full output on fixed inputs, reduced to one SHA-256 per corpus, so that a change
// made for speed can be checked to change nothing: units, offsets, kinds, scores, reasons, claimants,
// entities and suggested wording, and the learned model's raw probability and contribution weights
// (before rounding) for every unit. The expected digests in claim-engine-golden.test.ts were computed
// with the engine as of commit ca25236, before any of the speed work, and recomputed once for the claimant fix of stop 21.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseSentence, classifySentence, extract } from "@/lib/domain/claims/extract";
import { fastScore } from "@/lib/domain/claims/model/fast-score";
import { shippedCheckworthinessModel } from "@/lib/domain/claims/model/shipped-models";
import { learnTeamModel } from "@/lib/domain/claims/model/team-model";
import { claimbuster, evalDir, readTsv } from "@/scripts/lib/claim-datasets";

const root = path.resolve(import.meta.dirname, "..", "..");
const seedDir = path.join(root, "prisma", "seed");
const articleDate = new Date(Date.UTC(2025, 5, 27));

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
const paragraphs = (sentences: string[], size = 8) => {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size).join(" "));
  return out.join("\n\n");
};

/** The shipped English model's raw score of each sentence: exact floats, not the rounded unit score. */
function rawScores(sentences: string[]) {
  const model = shippedCheckworthinessModel("en")!;
  return sentences.map((sentence) => {
    const scored = fastScore(model, analyseSentence(sentence));
    return [scored.probability, scored.contributions.map((c) => [c.reason, c.weight])];
  });
}

/** Posts of a CheckThat! claim-normalisation CSV (first column; quoted fields may span lines). */
function csvPosts(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const posts: string[] = [];
  let field = "";
  let quoted = false;
  let column = 0;
  for (let i = text.indexOf("\n") + 1; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      if (column === 0) posts.push(field);
      column++;
      field = "";
    } else if (char === "\n") {
      column = 0;
      field = "";
    } else field += char;
  }
  return posts;
}

/**
 * Lines written to reach the engine's shortcuts (boilerplate words, quotation marks inside and around
 * words, digits inside place and organisation names, titles inside hyphenated words, runs of spaces,
 * trailing attributions), in German and English.
 */
export const TRICKY = [
  "Jetzt den Newsletter abonnieren und nichts verpassen",
  "Subscribe to our newsletter for daily updates.",
  "Sign up for alerts",
  "Diese Seite verwendet COOKIES. Datenschutzerklärung",
  "© 2025 Example Media. All Rights Reserved.",
  "Alle Rechte vorbehalten.",
  "Impressum | Kontakt",
  "We use cookiesß to improve the site.",
  "Mehr zum Thema: Indien kauft Öl",
  "Teilen auf Facebook",
  "Von Anna Schmidt, Berlin",
  "Stand: 27.06.2025",
  "Der CDU-Minister Hans Meier sagte am 3. Mai 2024, die Ausgaben seien um 45 Prozent gestiegen.",
  "Ex-Präsident Donald Trump said on Monday that 1,200 jobs were lost in New York and New Delhi.",
  "„Wir liefern  zehn   S-400-Systeme“, sagte Verteidigungsminister Andrei Beloussow.",
  "„Das ist eine Katastrophe!“, betonte die Sprecherin.\tSie nannte keine Zahlen.",
  "India’s oil imports from Russia rose to 1.9 million barrels a day, according to data from maritime intelligence agency Kpler.",
  "\u201cIt was the biggest deal in years,\u201d US Treasury Secretary Scott Bessent claimed.",
  "Laut dem russischen Energieminister Alexander Nowak ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.",
  "Wie das Ministerium mitteilte, wurden 2023 rund 3.500 Tonnen geliefert.",
  "Zudem plant die Regierung, gestern beschlossene Gesetze zu ändern, so Regierungssprecher Steffen Hebestreit.",
  "Industry sources said the S-400 and Su-30 MKI deals were worth $5.4 billion, the ministry's data showed.",
  "Is this really the largest increase since 1990?",
  "He don’t know what ‘rock’n’roll’ means, but \"quotes\" and »Zitate« and «citations» count.",
  "Sie sollte am Montag in Moskau empfangen werden.",
  "Die Vereinte Nationen und die Europäische Union, die United Nations, the White House.",
  "Russlands und Chinas Handel mit Indiens Partnern wuchs 2024 um 12,5 %.",
  "Nach Angaben des Statistischen Bundesamtes sind die Preise im Mai um 2,1 Prozent gestiegen.",
  "The senator, who told reporters that inflation was at 9.1%, added that it would fall.",
  "Das sagte er.\nund dann ging es weiter\n\n- ein Punkt\n- noch einer",
].join("\n\n");

export type GoldenDigests = Record<string, string>;

/** The corpora in the repository: always there. */
export function repositoryDigests(): GoldenDigests {
  const seeds = ["article-1-qingdao-defence-ministers.de.txt", "article-2-lavrov-jaishankar-arms.de.txt"].map((file) => readFileSync(path.join(seedDir, file), "utf8"));
  const train = claimbuster("train").map((row) => row.text);
  const dev = claimbuster("dev").map((row) => row.text);
  const decisions = claimbuster("dev").slice(0, 300).map((row) => ({ sentence: row.text, positive: row.positive }));
  const teamEn = learnTeamModel(decisions, "en", "checkworthy");
  const teamDe = learnTeamModel(decisions, "de", "checkworthy");
  const subjectiveEn = learnTeamModel(decisions, "en", "subjective");
  const subjectiveDe = learnTeamModel(decisions, "de", "subjective");
  const seedText = seeds.join("\n\n");
  return {
    seedDe: digest(seeds.map((text) => extract(text, { language: "de", articleDate }))),
    seedEn: digest(extract(seedText, { language: "en" })),
    seedTeamDe: digest(extract(seedText, { language: "de", model: teamDe, subjectivityModel: subjectiveDe })),
    seedDetected: digest(extract(seedText)),
    claimbusterTrain: digest(extract(paragraphs(train), { language: "en" })),
    claimbusterDev: digest(extract(paragraphs(dev), { language: "en", articleDate })),
    claimbusterDevRules: digest(extract(paragraphs(dev), { language: "en", model: null })),
    claimbusterDevTeam: digest(extract(paragraphs(dev), { language: "en", model: teamEn, subjectivityModel: subjectiveEn })),
    claimbusterDevSentences: digest(dev.map((sentence) => classifySentence(sentence, { language: "en" }))),
    claimbusterDevRaw: digest(rawScores(dev)),
    claimbusterTrainRaw: digest(rawScores(train.slice(0, 6000))),
    trickyDe: digest(extract(TRICKY, { language: "de", articleDate })),
    trickyEn: digest(extract(TRICKY, { language: "en", articleDate })),
  };
}

/** Evaluation files in ../shared/eval (input text only), or null where that folder is absent. */
export function sharedEvalDigests(): GoldenDigests | null {
  if (!existsSync(evalDir)) return null;
  const file = (relative: string) => path.join(evalDir, relative);
  const sentences = (relative: string) => readTsv(file(relative), "Yes", relative.includes("checkworthiness")).map((row) => row.text);
  const devTest = sentences("checkthat2024-checkworthiness-english/CT24_checkworthy_english_dev-test.tsv");
  const out: GoldenDigests = {
    ct24DevTest: digest(extract(paragraphs(devTest), { language: "en" })),
    ct24DevTestSentences: digest(devTest.map((sentence) => classifySentence(sentence, { language: "en" }))),
    ct24DevTestRaw: digest(rawScores(devTest)),
  };
  for (const [language, split] of [["de", "german/dev_de"], ["de", "german/dev_test_de"], ["de", "german/train_de"], ["en", "english/dev_en"], ["en", "english/dev_test_en"], ["en", "english/train_en"]] as const) {
    const rows = sentences(`checkthat2025-subjectivity/${split}.tsv`);
    out[`subjectivity ${split}`] = digest([extract(paragraphs(rows, 5), { language }), rows.map((sentence) => classifySentence(sentence, { language }))]);
  }
  out.claimnormEn = digest(extract(csvPosts(file("checkthat2025-claimnorm/dev-eng.csv")).join("\n\n"), { language: "en" }));
  out.claimnormDe = digest(extract(csvPosts(file("checkthat2025-claimnorm/train-deu.csv")).join("\n\n"), { language: "de" }));
  return out;
}

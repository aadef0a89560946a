import type { Claimant, Entity, Language, UnitKind } from "./types";
import { isBoilerplate } from "./boilerplate";
import { CAUSAL, COMPARISON, EVENT, PREDICTION, SOURCE_NOUNS, STANCE } from "./lexicon";
import { QUOTE_START } from "./quotes";
import { germanCompletedAction } from "./german-completed-action";
import type { Token } from "./tokens";
import { Flag } from "./word-flags";
import { oneLine } from "../text/one-line";

export interface Classification {
  kind: UnitKind;
  checkworthiness: number;
  checkworthy: boolean;
  subjective: boolean;
  reasons: string[];
}

export const CHECKWORTHY_AT = 0.2;
/**
 * From how much opinion language on a unit reads as an opinion, per language: each the best of 0.15, 0.2,
 * 0.25, 0.3 and 0.35 by macro-F1 on the CheckThat! 2025 subjectivity train split (CC BY-NC-SA: tuning a
 * threshold is all it may do here), kept only where the dev and dev-test splits agreed. German: 0.2 (0.25 scores alike)
 * (train 0.601 → 0.624, dev 0.589 → 0.621, dev-test 0.608 → 0.626). English stays at 0.3: its best on
 * train (0.15) was worse on dev-test (0.541 → 0.513).
 */
const SUBJECTIVE_AT = { de: 0.2, en: 0.3 } as const;

/**
 * Scores one unit from explicit signals. Each signal that fires adds weight and a reason a reviewer
 * can read; subjective language lowers the score, because opinions are not checked as facts.
 */
export interface UnitSignals {
  /** The unit's text and where it starts in the article (token and entity offsets are article offsets). */
  text: string;
  offset: number;
  tokens: Token[];
  entities: Entity[];
  claimant: Claimant | null;
}

/**
 * `explain: false` (a learned model scores the unit) leaves out the factual reasons the model's own
 * replace, and marks opinion words as pointing to an opinion: the reasons left are the ones
 * model/score-unit.ts keeps beside the model's. Building the others was wasted work.
 */
export function classifyUnit({ text, offset, tokens, entities, claimant }: UnitSignals, explain = true, language: Language = "en"): Classification {
  const trimmed = text.trim();
  let seen = 0;
  for (const token of tokens) seen |= token.info.flags;
  if (isBoilerplate(trimmed, seen)) {
    return { kind: "boilerplate", checkworthiness: 0, checkworthy: false, subjective: false, reasons: ["boilerplate"] };
  }

  const wordCount = tokens.length;
  const reasons: string[] = [];
  let factual = 0;

  const factualReasons = explain ? reasons : null;
  const numbers = entityGroup(entities, isNumber, 3, explain);
  const dates = entityGroup(entities, isDate, 2, explain);
  const named = entityGroup(entities, isNamed, 3, explain);
  if (numbers.length) factual += because(factualReasons, 0.4, "number: ", numbers.list);
  if (dates.length) factual += because(factualReasons, 0.2, "date: ", dates.list);
  if (named.length) factual += because(factualReasons, Math.min(0.3, 0.12 * named.length), "named entity: ", named.list);
  const superlative = seen & Flag.Superlative ? tokens.findIndex((token, i) => token.info.flags & Flag.Superlative && !namesPeriod(tokens, i)) : -1;
  if (superlative >= 0) factual += because(factualReasons, 0.25, "superlative: ", tokens[superlative]!.text);
  else {
    // "so viele … wie nie zuvor": a record said without a superlative (engine read of stop 41).
    const record = text.includes(" nie") || text.includes("je zuvor") ? GERMAN_RECORD.exec(text) : null;
    if (record) factual += because(factualReasons, 0.25, "superlative: ", record[0]);
    // "das dritte schwere Unglück an dieser Kreuzung seit Jahresbeginn", "zum vierten Mal": a rank without a
    // superlative (engine read of stop 44: a local official's checkable count scored 0.15).
    const rank = !record && language === "de" && text.includes("te") ? GERMAN_RANK.exec(text) : null;
    if (rank) factual += because(factualReasons, 0.25, "superlative: ", (rank[1] ?? rank[2])!);
  }
  if (numbers.length) {
    const comparison = (seen & COMPARISON.flag && COMPARISON.firstIn(text, tokens, offset)) || rankAfter(tokens);
    if (comparison) factual += because(factualReasons, 0.1, "comparison: ", comparison);
  }
  if (claimant) factual += because(factualReasons, 0.15, "attribution: ", claimant.text);
  // A fact-check names the claim it checks: "Behauptung: Die EU schafft Bargeld … ab" (engine read of stop 46: the claim a
  // whole Faktencheck was about scored 0.12).
  const labelled = CLAIM_LABEL.exec(trimmed);
  if (labelled) factual += because(factualReasons, 0.4, "claim under check: ", labelled[1]!);
  const causal = seen & CAUSAL.flag && CAUSAL.firstIn(text, tokens, offset);
  if (causal) factual += because(factualReasons, 0.1, "causal: ", causal);
  const event = seen & EVENT.flag && EVENT.firstIn(text, tokens, offset);
  // Only by the clause's shape ("hat … kritisiert"): a report that something happened, which may still be
  // the writer's judgement ("Die Regierung hat versagt"), so it does not count against reading as opinion.
  const shapedEvent = !event && language === "de" ? germanCompletedAction(text, tokens, offset) : null;
  if (event || shapedEvent) factual += because(factualReasons, 0.2, "event: ", (event || shapedEvent)!);

  const stance = seen & STANCE.flag && STANCE.firstIn(text, tokens, offset);
  if (stance) factual += because(factualReasons, 0.15, "stated position or plan: ", stance);

  const evaluative = seen & Flag.Evaluative ? evaluativeWords(tokens) : NONE;
  // An adjective in front of a German noun ("massive Ausweitung", "wichtigen strategischen Partner")
  // in a sentence about named actors describes what they do or hold; it weighs less than a verdict.
  const attributive = evaluative.length ? (named.length ? countAttributive(tokens) : 0) + (language === "en" ? marketMeasures(tokens) : 0) : 0;
  const hedges = seen & Flag.Hedge ? wordsWith(tokens, Flag.Hedge).filter((word) => !isSchedule(word, tokens) && !isThinkTank(word, tokens) && !isBackshiftedWill(word, tokens, claimant)) : NONE;
  const firstPerson = seen & Flag.FirstPerson ? wordsWith(tokens, Flag.FirstPerson) : NONE;
  const quoted = QUOTE_START.test(trimmed);
  // In a quotation "we" is the speaker's side telling what it did ("„Wir haben keine einzige Patriot-Batterie abgegeben“,
  // sagte Pistorius"), a statement to check rather than the writer's own view (engine read of stop 44: scored 0).
  let subjectiveScore = (evaluative.length - attributive) * 0.35 + attributive * 0.12 + hedges.length * 0.3 + firstPerson.length * (quoted ? 0 : 0.25);
  if (/!/.test(trimmed)) subjectiveScore += 0.3;
  if (!numbers.length && seen & PREDICTION.flag && PREDICTION.find(tokens)) subjectiveScore += 0.15;
  // Opinion words lower the rules' score (↓); where a model scores the unit they only decide whether
  // it reads as an opinion, so they are marked as pointing to one instead.
  const opinionMark = explain ? " ↓" : " (subjective)";
  if (evaluative.length) reasons.push(`evaluation: ${evaluative.slice(0, 3).join(", ")}${opinionMark}`);
  if (hedges.length) reasons.push(`speculation/modal: ${hedges.slice(0, 3).join(", ")}${opinionMark}`);

  const question = /\?["“”»’]?$/.test(trimmed);
  // Reported opinions stay claims about who said what; the speaker's own evaluation is an opinion.
  const subjective = subjectiveScore >= SUBJECTIVE_AT[language] && subjectiveScore > (shapedEvent ? factual - 0.2 : factual) * 0.8;
  const score = clamp(factual - (subjective ? 0.3 : subjectiveScore * 0.2) - (question ? 0.3 : 0) - (wordCount < 4 ? 0.2 : 0));

  let kind: UnitKind;
  if (question) kind = "question";
  else if (quoted) kind = "quote";
  else if (subjective) kind = "opinion";
  else if (wordCount < 3 || isCapitalsHeading(trimmed, wordCount, seen)) kind = "other";
  else kind = "claim";
  if (quoted) reasons.push("quotation");
  // A fragment or a heading is never check-worthy on its own ("Die 22." was, at 0.2).
  const checkworthy = score >= CHECKWORTHY_AT && kind !== "other";
  // A reviewer is told why a unit scores nothing, not shown an empty list (engine read of stop 43: German headlines at 0 %).
  // A German modal particle ("Der Steuerzahler zahlt ja alles.", "Das muss doch jeder wissen.") or an English stance adverb
  // ("It is simply not true", "Perhaps the worst of it") is the writer's stance: a sentence with nothing to check (no figure,
  // not check-worthy by the rules) that has one is an opinion; its score stays. Not as the first word ("Doch die Zahlen …" is
  // "but"). Subjectivity macro-F1 rose on all three splits in each language (eval:claims; stop 47).
  const particle = !subjective && !checkworthy && !HAS_DIGIT.test(trimmed) ? STANCE_WORD[language].exec(trimmed.slice(trimmed.indexOf(" ") + 1)) : null;
  if (particle) {
    reasons.push(`evaluation: ${particle[1]}${opinionMark}`);
    if (kind === "claim") kind = "opinion";
  }
  if (explain && reasons.length === 0 && !checkworthy) reasons.push(NOTHING_TO_CHECK);
  return { kind, checkworthiness: round(score), checkworthy, subjective: subjective || Boolean(particle), reasons };
}
const HAS_DIGIT = /\d/;
const STANCE_WORD = {
  de: /(?:^|\s)(ja|doch|eben|halt|wohl|eigentlich|einfach|allemal|ausgerechnet|sogar|gar|bloß|nun mal|schon)(?=[\s,.!?;:])/iu,
  en: /(?:^|\s)(of course|simply|just|actually|indeed|certainly|surely|arguably|apparently|seemingly|perhaps|maybe|probably)(?=[\s,.!?;:])/iu,
};

const NONE: string[] = [];
const CLAIM_LABEL = /^((?:Die |The )?(?:Behauptung|Claim|Viral claim|Behauptet wird|Was behauptet wird|What was claimed))\s*:\s+\S/u;
/** The rules' reason when no signal fired (kind "nothing to check" in reason-parts.ts). */
export const NOTHING_TO_CHECK = "nothing to check ↓";
// A count, not a place in a sequence ("die zweite Impfdosis"): "zum dritten Mal", "das dritte … seit", "… in Folge".
const GERMAN_ORDINAL = "(?:zweit|dritt|viert|fünft|sechst|siebt|neunt|zehnt)(?:e|en|er|es|em)";
const GERMAN_RANK = new RegExp(`\\bzum\\s+(${GERMAN_ORDINAL})\\s+Mal\\b|\\b(?:das|der|die|den|dem)\\s+(${GERMAN_ORDINAL})\\s+(?:[\\p{L}-]+\\s+){1,5}(?:seit|in Folge|innerhalb|binnen)\\b`, "u");
const GERMAN_RECORD = /\bwie (?:noch )?nie(?: zuvor)?\b|\b(?:mehr|höher|weniger|niedriger|stärker) als je zuvor\b/u;

// "CARBON BORDER TAX", "METHANE: THE LEAK NOBODY COUNTS": a heading in capitals, without a figure or a sentence
// end, names a topic rather than stating something (a newsletter's section titles ranked above its claims).
const MAX_HEADING_WORDS = 6;
const SENTENCE_END = /[.!?…"“”»]$/u;
function isCapitalsHeading(trimmed: string, wordCount: number, seen: number): boolean {
  return wordCount <= MAX_HEADING_WORDS && !(seen & Flag.Digit) && !SENTENCE_END.test(trimmed) && trimmed === trimmed.toUpperCase() && /\p{Lu}{2}/u.test(trimmed);
}

const isNumber = (type: Entity["type"]) => type === "number";
const isDate = (type: Entity["type"]) => type === "date";
const isNamed = (type: Entity["type"]) => type === "person" || type === "organisation" || type === "place";

/** How many entities are of an accepted type, and (when `explain`) the first `limit` of them as "a, b, c" (no arrays per unit). */
function entityGroup(entities: Entity[], accepts: (type: Entity["type"]) => boolean, limit: number, explain: boolean): { length: number; list: string } {
  let length = 0;
  let list = "";
  for (const entity of entities) {
    if (!accepts(entity.type)) continue;
    if (explain && length < limit) list = length === 0 ? entity.text : `${list}, ${entity.text}`;
    length++;
  }
  return { length, list };
}

/**
 * Records the reason `label` + `evidence`, marked as raising check-worthiness (unless `reasons` is null: nobody will read it) and returns its
 * weight (`factual += because(reasons, weight, label, evidence)`): a module function, not a closure in
 * classifyUnit, which runs per unit (under tsx a named closure costs a call).
 */
function because(reasons: string[] | null, weight: number, label: string, evidence: string): number {
  // A reason is one line, also where its words were wrapped in the text ("ein⏎Sprecher").
  reasons?.push(`${label}${oneLine(evidence)} ↑`);
  return weight;
}

/** The evaluative words, but "gut" or "good" before a figure is "more than" ("gut acht Prozentpunkte": engine read of stop 47). */
function evaluativeWords(tokens: Token[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const info = tokens[i]!.info;
    if (!(info.flags & Flag.Evaluative)) continue;
    if ((info.lower === "gut" || info.lower === "good") && (tokens[i + 1]?.info.flags ?? 0) & (Flag.Digit | Flag.NumberWord)) continue;
    words.push(info.lower);
  }
  return words;
}

function wordsWith(tokens: Token[], flag: Flag): string[] {
  const words: string[] = [];
  for (const token of tokens) if (token.info.flags & flag) words.push(token.info.lower);
  return words;
}

/** Evaluative words followed, through other lower-case adjectives, by a capitalised noun. */
// Verbs of criticism end like adjectives ("kritisierte die Pläne") but describe no noun.
const CRITICISM_VERBS = new Set(["kritisierte", "kritisierten", "bemängelte", "bemängelten", "beklagte", "beklagten"]);

// "on strong imaging demand", "a sharp rise in prices": business news measures a figure with such words; they describe it,
// they judge nothing (engine read of stop 46: an earnings headline read as an opinion).
const MEASURE_WORDS = new Set("strong weak solid robust sharp steep modest slight".split(" "));
const MEASURED = new Set("demand growth sales results earnings quarter performance rise fall decline increase gains losses profit profits revenue revenues margins orders exports imports inflation".split(" "));
function marketMeasures(tokens: Token[]): number {
  let count = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!MEASURE_WORDS.has(tokens[i]!.info.lower)) continue;
    if (MEASURED.has(tokens[i + 1]!.info.lower) || MEASURED.has(tokens[i + 2]?.info.lower ?? "")) count++;
  }
  return count;
}

function countAttributive(tokens: Token[]): number {
  let count = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(tokens[i]!.info.flags & Flag.Evaluative) || tokens[i]!.info.flags & Flag.Capitalised || CRITICISM_VERBS.has(tokens[i]!.info.lower)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && !(tokens[j]!.info.flags & Flag.Capitalised) && /(?:e|en|er|es|em)$/.test(tokens[j]!.text)) j++;
    if (j < tokens.length && tokens[j]!.info.flags & Flag.Capitalised && tokens[j]!.end - tokens[i]!.end < 60) count++;
  }
  return count;
}

/**
 * "sollte … empfangen werden": German "was to / was scheduled to", not "should". "können … gestellt werden":
 * what a rule allows ("Anträge können bis zum 31. März gestellt werden"), not "may".
 */
/** "think tank": a research group, not an opinion (walk of stop 32: "The think tank added that …" read as speculation). */
/**
 * "Hartwell said the Senate would reconvene Wednesday": in reported speech "would" is the speaker's "will", put in
 * the past after "said", no speculation (engine read of stop 37: such sentences were read as opinions).
 */
function isBackshiftedWill(word: string, tokens: Token[], claimant: Claimant | null): boolean {
  // German reported speech's plural "würden" stands for "werden" once its speaker is known (engine read of stop 45:
  // "Hitzeperioden würden häufiger …", the weather service's forecast, read as an opinion).
  if (word === "würden") return claimant !== null;
  if (word !== "would") return false;
  const at = tokens.findIndex((token) => token.info.lower === "would");
  for (let i = 0; i < at; i++) if (tokens[i]!.info.flags & Flag.SayVerb) return true;
  return false;
}

function isThinkTank(word: string, tokens: Token[]): boolean {
  if (word.toLowerCase() !== "think") return false;
  const at = tokens.findIndex((token) => token.info.lower === "think");
  return /^tanks?$/.test(tokens[at + 1]?.info.lower ?? "");
}

function isSchedule(word: string, tokens: Token[]): boolean {
  const scheduled = word === "sollte" || word === "sollten";
  if (!scheduled && word !== "kann" && word !== "können") return false;
  const at = tokens.findIndex((token) => token.info.lower === word);
  if (scheduled) return tokens.slice(at + 1).some((token) => token.info.lower === "werden" || token.info.lower === "stattfinden");
  // The passive's "werden" closes the clause: "… gestellt werden." (not "können teurer werden": no participle before it).
  const last = tokens.length - 1;
  return last > at + 1 && tokens[last]!.info.lower === "werden" && /^(?:ge\p{Ll}{2,}(?:t|en)|\p{Ll}{3,}(?:iert))$/u.test(tokens[last - 1]!.text);
}

// "im ersten Quartal", "in der ersten Jahreshälfte": a period of the year, no rank (engine read of stop 46: "superlative: ersten").
const PERIOD_NOUNS = /^(?:Quartal|Halbjahr|Hälfte|Jahreshälfte|Woche|Monat|Monats|Tag|Tages|Spieltag|Runde|Halbzeit|Amtszeit|Lesung)$/u;
const namesPeriod = (tokens: Token[], i: number) => tokens[i]!.info.lower.startsWith("erst") && PERIOD_NOUNS.test(tokens[i + 1]?.text ?? "");

/** "nach China der zweitgrößte …": a rank relative to someone else. */
function rankAfter(tokens: Token[]): string | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.info.lower !== "nach") continue;
    const [name, der] = [tokens[i + 1]!, tokens[i + 2]!];
    // ("Nach Angaben der Polizei" names a source, no rank: engine read of stop 46.)
    if (name.info.flags & Flag.Capitalised && der.info.lower === "der" && !SOURCE_NOUNS.includes(name.info.lower)) return `${tokens[i]!.text} ${name.text} ${der.text}`;
  }
  return undefined;
}

const clamp = (value: number) => Math.max(0, Math.min(1, value));
const round = (value: number) => Math.round(value * 100) / 100;

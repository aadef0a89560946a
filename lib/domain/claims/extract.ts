import { detectLanguage } from "../language/detect-language";
import { namedBody } from "./body-reference";
import { PARAGRAPH_BREAK } from "../text/paragraph-break";
import { findClaimant, isSpokespersonFor, personWithin } from "./claimant";
import { isOfficeOnly, officeHolderIn } from "./claimant-name";
import { classifyUnit } from "./classify-unit";
import type { LinearModel } from "./model/linear-model";
import { withModel, withSubjectivityModel } from "./model/score-unit";
import { shippedCheckworthinessModel } from "./model/shipped-models";
import { findEntities } from "./entities";
import { withSpeakerAsPerson } from "./speaker-person";
import { forEachSentence } from "./segment-sentences";
import { listedUnderLinkHeading, captionBeforeCredit } from "./standalone-lines";
import { sourceOnly, SOURCE_ONLY_REASON } from "./source-only";
import { suggestWording } from "./suggested-wording";
import { joinedLines } from "./wording-layout";
import { tokenize, TokenPool, type Token } from "./tokens";
import type { Claimant, Entity, Language, Unit } from "./types";
import { Flag } from "./word-flags";
import { isSpaceCode } from "../text/is-space-code";
import { inIndicative } from "./german-indicative";
import { germanNominative } from "./german-nominative";
import { speakerLabels } from "./speaker-labels";
import { officeSubject, personForAge, personForOffice, rememberOffices, rememberUnnamedOffice, type KnownOffices } from "./speaker-offices";
import { isQuotedSpeech, quotationOpenAfter, referredSpeaker, subjectPerson } from "./speaker-continuation";

export interface Extraction {
  language: Language;
  units: Unit[];
}

/**
 * Splits `text` into units that never overlap and, with the whitespace between them, cover it
 * completely; each unit is classified and explains why. Offsets are UTF-16 indexes into `text`.
 */
export interface ExtractOptions {
  language?: Language;
  /** A check-worthiness model (a team's) instead of the shipped one for the language. */
  model?: LinearModel | null;
  /** A team's subjectivity model (label "subjective") instead of the rules' opinion words. */
  subjectivityModel?: LinearModel | null;
  /** The article's publication date: "gestern" in a suggested wording becomes that date's day before. */
  articleDate?: Date | null;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const language = options.language ?? detectLanguage(text);
  const model = modelFor(language, options.model);
  // One pass in reading order: a person introduced in full ("Andrei Beloussow") is recognised by
  // last name in the units after it, and no unit's words outlive its analysis.
  const knownNames = new Set<string>();
  // Each last name's full name ("Scholz" → "Olaf Scholz"), null once two people share it: a claimant named
  // by last name only goes into CSV, JSON and ClaimReview by the full name the article gave first.
  const fullNames = new Map<string, string | null>();
  const offices: KnownOffices = new Map();
  // That is also why the units can share one pool of token objects (see TokenPool) and one context.
  const pool = new TokenPool();
  const context = { language, articleDate: options.articleDate, subjectivityModel: options.subjectivityModel };
  const units: Unit[] = [];
  // The last person quoted by name, while no other person has been named since: whom "He said …" means.
  let lastSpeaker: Claimant | null = null;
  // In a transcript or an interview, whose turn it is ("RAMIREZ: …") until the paragraph ends.
  const labels = speakerLabels(text);
  let turnSpeaker: Claimant | null = null;
  // In the interviewer's turn ("SZ: …") nobody's words go on: no speaker carries over into the question.
  let interviewerTurn = false;
  // A label on a line of its own (a parliament's record) holds its turn over paragraphs, until the next label.
  let turnSpans = false;
  // Whether a quotation opened in an earlier sentence is still open: its later sentences are its speaker's.
  let quoteOpen = false;
  forEachSentence(text, language, (start, end) => {
    const label = labels.size ? labels.get(start) : undefined;
    if (label) [turnSpeaker, interviewerTurn, turnSpans] = [label.claimant, label.claimant === null, Boolean(label.alone)];
    else if ((turnSpeaker || interviewerTurn) && !turnSpans && PARAGRAPH_BREAK.test(text.slice(units.at(-1)?.end ?? 0, start))) [turnSpeaker, interviewerTurn] = [null, false];
    const unitText = text.slice(start, end);
    const tokens = tokenize(unitText, start, pool);
    const previous = units.at(-1);
    const quoted = isQuotedSpeech(unitText);
    // A quotation open at the end of the paragraph before does not go on here (a new paragraph reopens it with a mark).
    if (quoteOpen && PARAGRAPH_BREAK.test(text.slice(previous?.end ?? 0, start))) quoteOpen = false;
    const referent = interviewerTurn ? null : referredSpeaker(unitText, language, lastSpeaker, previous, previous && text.slice(previous.start, previous.end), quoteOpen);
    quoteOpen = quotationOpenAfter(unitText, quoteOpen, language);
    const unit = analyse(unitText, start, tokens, withKnownNames(tokens, findEntities(unitText, start, tokens), knownNames), model, context, referent, quoted);
    if (unit.kind !== "boilerplate" && (listedUnderLinkHeading(text, start, end) || captionBeforeCredit(text, start, end))) Object.assign(unit, LISTED_LINK);
    if (unit.claimant) unit.claimant = namedBody(personForAge(personForOffice(withFullName(unit.claimant, fullNames), offices), lastSpeaker, previousText(text, units)), unit, units, language, text);
    if (unit.claimant && !personSpeaker(unit)) rememberUnnamedOffice(unit.claimant, offices);
    rememberOffices(unitText, start, unit.entities, offices);
    lastSpeaker = nextSpeaker(unit, unitText, language, lastSpeaker, offices);
    for (const entity of unit.entities) if (entity.type === "person") rememberPerson(entity.text, knownNames, fullNames);
    // A speaker the entities do not hold ("sagte der Neurologe Prof. Dr. med. Frank Jessen") names a later "so Jessen" too (engine read of stop 47).
    if (unit.claimant && SPEAKER_NAME.test(unit.claimant.text)) rememberFullName(unit.claimant.text, fullNames);
    if (unit.claimant && unit.reasons[0] === SOURCE_ONLY_REASON) lendSource(text, statementBefore(units), unit.claimant);
    // The label line itself names who speaks; it states nothing.
    if (label?.alone && end <= label.end + 1) Object.assign(unit, LISTED_LINK);
    else if ((turnSpeaker || interviewerTurn) && unit.kind !== "boilerplate") inTurnOf(unit, turnSpeaker, label ? text.slice(start, label.end).trim() : "");
    units.push(unit);
  });
  return { language, units };
}


const previousText = (text: string, units: Unit[]) => (units.length ? text.slice(units.at(-1)!.start, units.at(-1)!.end) : "");
const LISTED_LINK = { kind: "boilerplate", checkworthiness: 0, checkworthy: false, subjective: false, reasons: ["boilerplate"], claimant: null, suggestedWording: "" } as const;

/**
 * A unit said in `speaker`'s turn: theirs when it names no claimant of its own (the label is who speaks, so
 * the score, read from the words, stays as it is), and its wording without the label ("RAMIREZ:").
 */
function inTurnOf(unit: Unit, speaker: Claimant | null, label: string): void {
  if (!unit.claimant) unit.claimant = speaker;
  if (label && unit.suggestedWording.startsWith(label)) {
    const rest = unit.suggestedWording.slice(label.length).trimStart();
    if (rest) unit.suggestedWording = rest[0]!.toUpperCase() + rest.slice(1);
  }
}

function rememberPerson(name: string, knownNames: Set<string>, fullNames: Map<string, string | null>): void {
  knownNames.add(lastWord(name));
  rememberFullName(name, fullNames);
}

/** Two or three capitalised words: a claimant that may be a person's full name (not added to the known names, which make entities). */
const SPEAKER_NAME = /^(?!(?:The|A|An|This|Der|Die|Das|Ein|Eine|Dieser|Diese)\s)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;

function rememberFullName(name: string, fullNames: Map<string, string | null>): void {
  const last = lastWord(name);
  if (last === name) return;
  const known = fullNames.get(last);
  if (known === undefined) fullNames.set(last, name);
  else if (known !== null && known !== name && !known.endsWith(` ${name}`) && !name.endsWith(` ${known}`)) fullNames.set(last, null);
}

/** A claimant written as a last name alone, with the full name the article introduced (offsets stay on the words in the text). */
function withFullName(claimant: Claimant, fullNames: Map<string, string | null>): Claimant {
  const full = fullNames.size && !claimant.text.includes(" ") ? fullNames.get(claimant.text) : undefined;
  return full ? { ...claimant, text: full } : claimant;
}

/** The unit's claimant when a person entity names it. */
/**
 * Whom a later "he said" / "Sie forderte" means after `unit`: the person it quotes or names as its subject.
 * "A spokesperson for Gov. Elena Marsh said …. He added …": the spokesperson, not the governor; "the Prime Minister
 * said …. He said …": the office that spoke, not a speaker named before. In German a
 * speaker the engine does not know as a person ("…, sagte Ramona Pop, Vorständin des vzbv. Sie forderte …")
 * still goes on rather than one named sentences before ("sie" may also be a body: "die Kommission").
 */
function nextSpeaker(unit: Unit, unitText: string, language: Language, lastSpeaker: Claimant | null, offices: KnownOffices): Claimant | null {
  const claimant = unit.claimant;
  if (claimant && (isSpokespersonFor(claimant.text) || isOfficeOnly(claimant.text))) return claimant;
  const person = personSpeaker(unit) ?? officeHolderIn(unitText, unit.start) ?? officeSubject(unitText, unit.start, offices) ?? subjectPerson(unit, unitText);
  if (person) return person;
  if (claimant && language === "de" && unit.reasons[0] !== SOURCE_ONLY_REASON) return claimant;
  return unit.entities.some((entity) => entity.type === "person") ? null : lastSpeaker;
}

function personSpeaker(unit: Unit): Claimant | null {
  const claimant = unit.claimant;
  return claimant && unit.entities.some((entity) => entity.type === "person" && entity.start <= claimant.start && claimant.end <= entity.end) ? claimant : null;
}

/** What follows the last space (`text.split(/\s+/).at(-1)` without the array). */
function lastWord(text: string): string {
  let at = text.length;
  while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at === 0 ? text : text.slice(at);
}

/** The last unit that says something itself: "… rose 40 percent. The figures were published on Tuesday. They come from the ONS." lends the ONS to the figure, past the sentence between. */
function statementBefore(units: Unit[]): Unit | undefined {
  for (let i = units.length - 1; i >= Math.max(0, units.length - 3); i--) if (units[i]!.reasons[0] !== SOURCE_ONLY_REASON) return units[i];
  return undefined;
}

/**
 * "Die Zahl stieg auf 2,95 Millionen. Das teilte die Bundesagentur für Arbeit mit.": the source named
 * after a sentence is that sentence's claimant, when it has none and no paragraph lies between them.
 */
function lendSource(text: string, previous: Unit | undefined, claimant: Claimant): void {
  if (!previous || previous.claimant || previous.kind === "boilerplate" || PARAGRAPH_BREAK.test(text.slice(previous.end, claimant.start))) return;
  previous.claimant = claimant;
}

/**
 * One sentence on its own, as the `classify` command and the evaluation see it. The rules' word lists
 * cover German and English together; the language picks the learned model (detected when not given).
 */
export function classifySentence(sentence: string, options: ExtractOptions = {}): Unit {
  const tokens = tokenize(sentence);
  const language = options.language ?? detectLanguage(sentence);
  const model = modelFor(language, options.model);
  return analyse(sentence, 0, tokens, findEntities(sentence, 0, tokens), model, { language, articleDate: options.articleDate, subjectivityModel: options.subjectivityModel });
}

/** `model` when it is for this language, rules only when it is null, else the language's shipped model. */
function modelFor(language: Language, model: LinearModel | null | undefined): LinearModel | null {
  if (model === null) return null;
  if (model && model.language === language) return model;
  return shippedCheckworthinessModel(language);
}

/** Tokens, entities and claimant of one sentence: what the classifier and the model read. */
export function analyseSentence(sentence: string, language: Language = "en") {
  const tokens = tokenize(sentence);
  const entities = findEntities(sentence, 0, tokens);
  const claimant = findClaimant(sentence, entities, 0, tokens);
  return { text: sentence, offset: 0, tokens, entities: speakerAsPerson(entities, claimant, tokens, language), claimant };
}

function analyse(
  text: string,
  offset: number,
  tokens: Token[],
  entities: Entity[],
  model: LinearModel | null,
  context: { language: Language; articleDate?: Date | null; subjectivityModel?: LinearModel | null },
  /** Whom a leading "He said" means (named in an earlier unit), when this unit names no claimant of its own. */
  referent: Claimant | null = null,
  /** Quoted speech alone: a name in it is what the speaker said, not who said it ("“The government says …”"). */
  quoted = false,
): Unit {
  const own = quoted ? null : findClaimant(text, entities, offset, tokens);
  let claimant = own ?? referent;
  entities = speakerAsPerson(entities, claimant, tokens, context.language);
  const signals = { text, offset, tokens, entities, claimant };
  // With a model, the rules' factual reasons are replaced by the model's: they are not built at all.
  const rules = classifyUnit(signals, !model, context.language);
  const scored = model ? withModel(signals, rules, model) : rules;
  const subjectivity = context.subjectivityModel;
  let classification = subjectivity && subjectivity.language === context.language ? withSubjectivityModel(signals, scored, subjectivity) : scored;
  const onlySource = classification.kind === "boilerplate" || classification.kind === "question" || classification.kind === "quote" ? null : sourceOnly(text, entities, tokens.length);
  if (onlySource) {
    classification = { kind: "other", checkworthiness: Math.min(classification.checkworthiness, 0.1), checkworthy: false, subjective: false, reasons: [SOURCE_ONLY_REASON] };
    // A person named in the source is the claimant, without office and party ("Sozialministerin Karin Albrecht (SPD)").
    const source = onlySource.source;
    if (!claimant && source) claimant = personWithin(entities, offset + source.start, offset + source.end) ?? { text: text.slice(source.start, source.end), start: offset + source.start, end: offset + source.end };
  }
  // A sentence that only names a source has nothing to word (as boilerplate).
  // The wording is read on one line: so is the claimant it looks for ("des Statis-⏎tischen Bundesamtes").
  const lineClaimant = claimant && /\s\s|[^\S ]/.test(claimant.text) ? { ...claimant, text: joinedLines(claimant.text, context.language) } : claimant;
  let suggestedWording =
    classification.kind === "boilerplate" || onlySource ? "" : suggestWording(text, { claimant: referent && !own ? null : lineClaimant, speakerBefore: Boolean(referent && !own), entities, language: context.language, articleDate: context.articleDate });
  // A speaker named in an earlier unit is no part of this one's words: its reported speech reads as a statement.
  if (referent && !own && context.language === "de") suggestedWording = inIndicative(suggestedWording);
  // A German body is named as one writes it on its own ("Statistisches Bundesamt", not the "Statistischem
  // Bundesamt" of "laut Statistischem Bundesamt"); its offsets still mark the words in the text.
  // A name wrapped across lines ("des Statistischen\nBundesamtes") is written on one line.
  if (claimant) {
    // (Hyphenated at a line's end, "Präsiden-⏎tin", as one word, as in the wording: engine read of stop 43.)
    const oneLine = lineClaimant!.text;
    const name = context.language === "de" ? germanNominative(oneLine) : oneLine;
    if (name !== claimant.text) claimant = { ...claimant, text: name };
  }
  // A literal rather than a spread of `classification` (same keys in the same order): one object shape for every unit.
  return {
    start: offset,
    end: offset + text.length,
    kind: classification.kind,
    checkworthiness: classification.checkworthiness,
    checkworthy: classification.checkworthy,
    subjective: classification.subjective,
    reasons: classification.reasons,
    claimant,
    entities,
    suggestedWording,
  };
}

// German capitalises every noun ("Virologe Christian Drosten", "Eine Ärztin"): there a speaker's
// capitals say nothing about a name, so only English speakers become persons.
function speakerAsPerson(entities: Entity[], claimant: Claimant | null, tokens: Token[], language: Language): Entity[] {
  return claimant && language === "en" ? withSpeakerAsPerson(entities, claimant, tokens) : entities;
}

// Index loops and module functions below, not for…of with destructuring and a closure per word:
// this runs for every word of an article, and those allocated an iterator and a closure each time.
function withKnownNames(tokens: Token[], entities: Entity[], names: Set<string>): Entity[] {
  if (names.size === 0) return entities;
  let extra: Entity[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // Every known name is a person's last word, which starts with a capital: most words skip the lookup.
    if (!(tokens[i]!.info.flags & Flag.Capitalised)) continue;
    const { text, start, end } = tokens[i]!;
    if (names.has(text) && !overlapsAny(entities, start, end)) (extra ??= []).push({ type: "person", text, start, end });
  }
  return extra ? [...entities, ...extra].sort((a, b) => a.start - b.start) : entities;
}

function overlapsAny(entities: Entity[], start: number, end: number): boolean {
  for (let i = 0; i < entities.length; i++) if (entities[i]!.start < end && start < entities[i]!.end) return true;
  return false;
}

import type { Claimant, Entity } from "./types";
import { ABBREVIATED_OFFICE, GAVE_TO_CONSIDER, NAME_CHAR, AUXILIARIES, CAME_FROM, ZUFOLGE_SOURCE, GROUP_NOUNS, LATE_SAY, LOWER_CASE_BODIES, LOWER_CASE_OFFICES, SHOWED_ITSELF, SOURCE_FIRST } from "./lexicon";
import { BRACKETED_SHORT_NAME, withoutMiddleAttribution } from "./german-middle-source";
import { isInfinitiveClause, startsWithPreposition, verbSecond } from "./german-word-order";
import { dassClauseAsSentence } from "./german-dass-clause";
import { afterSpeakerOut, lastWord, LEADING_PRONOUN_SPEAKER, quoteBeforeSpeaker, withoutBackshift, withoutListMark, SPEAKER_GOES_ON, startsWithSayVerb, withoutClaimantSaid, withoutConjunctionBeforeSource, withoutInvertedSpeaker } from "./wording-front";
import { inIndicative } from "./german-indicative";
import { isCitedQuotation, Marking, markings } from "./wording-marks";
import { withoutSourceBetweenCommas, withoutSpeakerBetweenCommas } from "./wording-between-commas";
import { joinedLines, withoutClosingPunctuation } from "./wording-layout";
import { withoutDateline } from "./dateline";
import { joinSplitQuotation } from "./split-quotation";
import { relativeDaysOnlyQuoted, resolveRelativeDays } from "./relative-days";
import { resolveRelativePeriods } from "./relative-periods";
import { resolveWeekdays } from "./relative-weekdays";
import { ENGLISH_PRONOUN_FRONT, keepsItsSpeaker, OWNERS_WORK_SHOWED, PRONOUN_FIRST, RELATIVE_CLAUSE, PRONOUN_THEN_ADDING, THAT_AS_SUBJECT, withoutSpeakersNextVerb, WORK_FOUND_THAT, withoutSecondThat } from "./wording-english";
import { ENGLISH_SAID_HOW, ENGLISH_SAID_WHEN, ENGLISH_SAY, ENGLISH_SAY_CLAUSE, GERMAN_PERFECT_SPEAKER, GERMAN_SAID_HOW, GERMAN_SAY, SAID_OR_TOLD, SAID_WHERE_OR_WHEN, SAY, TOLD_WHOM, UNNAMED } from "./wording-verbs";

// A short, self-contained wording of a claim for reviewers to accept or not (never applied silently):
// the attribution moves into the claimant, leading connectives go, quotation marks go, relative days
// are resolved against the article's date when it is known, and German word order is restored where
// removing the front of the sentence leaves the verb first ("Laut X ist Indien …" → "Indien ist …").

const CONNECTIVES =
  "Zudem|Außerdem|Darüber hinaus|Gleichzeitig|Stattdessen|Allerdings|Jedoch|Dennoch|Trotzdem|Auch|Ferner|Indes|Inzwischen|Unterdessen|" +
  "However|Moreover|Meanwhile|Also|Additionally|In addition|Furthermore|Still|But|And|So|In fact(?=,)|Indeed(?=,)|Separately(?=,)";
const LEADING_CONNECTIVE = new RegExp(`^(?:${CONNECTIVES})\\b,?\\s+`, "u");
// "Und die Regierung …", "Aber Scholz sagte …" (also a split part's "und die Zahl …"): a conjunction
// takes no place before the verb, so it goes and the order stays; not before a verb ("und kündigte … an":
// there the subject is in the part before).
const GERMAN_CONJUNCTION = /^(?:[Uu]nd|[Aa]ber|Doch|Denn)\s+(?=\p{Lu}|(?:der|die|das|den|dem|des|ein|eine|einer|er|sie|es|wir|man)\s)/u;
// A source put first ("Laut X ist …", "Nach Angaben des X …", "Dem Bericht zufolge …").
const LEADING_ATTRIBUTION = [
  new RegExp(`^(?:${SOURCE_FIRST})\\s+[^,]*?\\s+(?=(?:${AUXILIARIES})\\b)`, "u"),
  new RegExp(`^${ZUFOLGE_SOURCE}\\s+zufolge\\s+(?=\\p{Ll})`, "u"),
  // (Not before a relative clause: "According to Investors Daily, which I read …" keeps its source.)
  /^According to [^,]+,(?!\s*(?:which|who|whose|where)\b)\s*/u,
  /^(?:Wie\s+[^,]+\s+(?:mitteilte|berichtete|sagte|erklärte|meldete|bestätigte)),\s*/u,
  // "Nach seinen Angaben wurden …": the person it stands for is the claimant (extract.ts).
  /^(?:Nach (?:seinen|ihren|deren) (?:Angaben|Worten)|(?:Seinen|Ihren|Deren) Angaben zufolge)\s+(?=\p{Ll})/u,
];
const ATTRIBUTION_FIRST_LETTERS = "LNAWSID";
// The same inside the sentence, once its source is the claimant: "Jedes Jahr kommen nach ihren Angaben rund 440.000 … hinzu".
const SOURCE_REFERENCE_INSIDE = /\s+(?:nach (?:seinen|ihren|deren) (?:Angaben|Worten)|(?:seinen|ihren|deren) Angaben zufolge|demnach)(?=[\s,])/u;
const NONE: RegExp[] = [];
const TRAILING_ATTRIBUTION = [
  // "…, according to the Kiel Institute for the World Economy, a German research group."
  // ("went according to plan" is no source.)
  // (", the fastest rise since 1948" after the source is about the figure, not the source: a number or superlative stays.)
  new RegExp(`,?\\s*according to\\s+(?!(?:plan|schedule|tradition|custom|expectations?)\\b)${NAME_CHAR}+(?:,\\s*(?:an?|the)\\s(?![^,.;]*(?:\\d|\\p{L}{2,}est\\b|\\b(?:most|least|first|record)\\b))[^,.;]+)?[.!]?$`, "u"),
  /,\s*(?:so|laut)\s+[^,.;]+[.!]?$/u,
  // "…, the central bank's governor, Andrew Bailey, said on Thursday."
  new RegExp(`,\\s*[^,]{1,80}?,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3},\\s+(?:${SAY})${SAID_WHERE_OR_WHEN}[.!]?$`, "u"),
  // "…, said Jane Doe, a spokeswoman for the ministry.", "…, said Jane Doe, chief economist at Acme, in an interview."
  // (A colon opens a quotation: what follows it is no part of the attribution.)
  // ("…, berichteten die indischen Medien unter Berufung auf eine Erklärung des indischen Verteidigungsministeriums")
  new RegExp(`,\\s*(?:${SAY}|told\\s+\\S+)\\s+(?:(?:\\p{Ll}+\\s+){0,2}${ABBREVIATED_OFFICE})?${NAME_CHAR}{1,120}?(?:,\\s*[^,.;:]{1,120}?){0,2}[.!]?$`, "u"),
  // "…, teilte Geschäftsführerin Dr. med. Sabine Kolbeck mit."
  new RegExp(`,\\s*teilten?\\s+${NAME_CHAR}{1,120}?\\s+mit[.!]?$`, "u"),
  // "…, Dr Vanessa Saliba, a consultant epidemiologist at the UKHSA, told reporters.": a name, who they are, then the verb.
  new RegExp(`,\\s*(?:${ABBREVIATED_OFFICE}|(?:Dr|Prof)\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3},\\s+(?:an?|the)\\s+[^,;]{1,100}?,\\s+(?:${SAID_OR_TOLD})${SAID_WHERE_OR_WHEN}[.!]?$`, "u"),
  // "…, Prime Minister Rishi Sunak said in London on Tuesday.", "…, Peskov told reporters.", "…, Trump told supporters at a rally."
  // "…, the spokeswoman said, declining to be named." too.
  new RegExp(`,\\s*[^,]{1,80}?\\s+(?:${SAID_OR_TOLD})${SAID_WHERE_OR_WHEN}${UNNAMED}?[.!]?$`, "u"),
  // "…, the researchers found." (engine read of stop 38).
  /,\s*(?:the\s+)?(?:study['’]s\s+)?(?:researchers|scientists|authors|investigators|inspectors|auditors|(?:(?:new|latest|annual|joint|final)\s+)?(?:report|study|survey|analysis|review|audit|inquiry))\s+(?:found|concluded|wrote|reported)[.!]?$/u,
  // "…, kündigte Fraktionsvize Jens Spahn im Interview mit dem „Handelsblatt“ an."
  /,\s*kündigten?\s+[^,.;]{1,120}?\s+an[.!]?$/u,
  // "…, heißt es in einem Bericht der EU-Kommission."
  /,\s*(?:heißt|hieß) es\s+(?:in|im|aus|bei)\s[^,.;]{1,80}[.!]?$/u,
  // "…, wie das Bundesamt am 14. Februar 2024 berichtete." (a date may have a day's dot)
  new RegExp(`,\\s*wie\\s+(?:[^,.;]|(?<=\\d)\\.){1,80}?\\s+(?:${LATE_SAY})[.!]?$`, "u"),
  // "…, Kpler data showed.", "…, industry data showed on Monday."
  new RegExp(`,\\s*[^,]{1,60}?\\s+(?:data|figures|statistics|estimates|numbers)\\s+(?:showed|show|suggested|suggest|indicated|indicate)${SAID_WHERE_OR_WHEN}[.!]?$`, "u"),
  // "…, charities say.", "…, some analysts warn."
  new RegExp(`,\\s*(?:\\p{Ll}+\\s+){0,2}?(?:${GROUP_NOUNS})\\s+(?:say|warn|argue)[.!]?$`, "u"),
  new RegExp(GAVE_TO_CONSIDER, "u"),
];
// Which of TRAILING_ATTRIBUTION cannot match without a verb of saying (SAY or "told").
const NEEDS_SAID = [false, false, true, true, false, true, true, false, false, false, false, false, false];
const SAID_ANYWHERE = new RegExp(`(?:${SAY})`, "u");
const INVISIBLE_CHARACTERS = "[\\u00AD\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]";
const INVISIBLE_ALL = new RegExp(INVISIBLE_CHARACTERS, "g");
// "…, the Labor Department said on Tuesday, slightly above economists' expectations.", "…, Chief Executive
// Kelly Ortberg said on Friday, as a strike …": the attribution goes, the comparison or the clause of
// circumstance after it stays (no one's words: the writer's).
const ATTRIBUTION_BEFORE_COMPARISON = new RegExp(
  `,\\s*[^,]{1,80}?\\s+(?:${SAID_OR_TOLD})${SAID_WHERE_OR_WHEN}(?=,\\s+(?:slightly|well|far|just|roughly|above|below|short of|ahead of|in line with|up from|down from|compared (?:with|to)|beating|missing|matching|exceeding|topping|as|while|after|amid|because|despite|following|even as)\\b)`,
  "u",
);
// "Laut …" or "Nach Angaben …" in front of a verb that is no auxiliary ("Nach Angaben des Statistischen
// Bundesamtes stiegen …"): the phrase ends with the claimant the engine found in it.
const GERMAN_SOURCE_FIRST = new RegExp(`^(?:${SOURCE_FIRST})\\s`, "u");
// A German clause opening with a pronoun names nobody once its speaker is out.
const PRONOUN_SUBJECT = /^(?:Er|Sie|Es|Man|Wir|Ich|Ihr)\s/u;
// "Johnson said …", also after an opening phrase of its own ("Speaking to reporters on Monday, Johnson said …", "Outside
// court, …", "Defending, …", "Sentencing him on Thursday, …": engine read of stop 38).
// Not "teilte" or "berichtete": "Russland teilte Indien mit, dass …" keeps its object and "mit".
const LEADING_SPEAKER = new RegExp(
  "^(?:(?:Now|And|But|So|Also|However|Meanwhile|Still|Und|Aber|Auch),?\\s+)?(?:(?:Speaking|Asked|Writing|Addressing|Interviewed|In|At|On|During|Outside|Inside|After|Before|Later|Earlier|Afterwards|Separately|Elsewhere|\\p{Lu}\\p{Ll}{2,}ing|Im|Am|Bei|Nach|Vor|In einem|In einer)\\b[^,]{0,80},\\s+)?" +
    `(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|Der|Die|Das|Ein|Eine)\\s+(?:\\p{Ll}+\\s+){0,2})?(?:(?:[\\p{Lu}][\\p{L}.'’-]*|\\d{1,3}-(?:[Jj]ährige|year-old)|at|of|for|in|the|from|von|vom|der|des|für|press|chief|financial|operating|deputy|senior|regional|general|lead|managing|${LOWER_CASE_OFFICES}|${LOWER_CASE_BODIES}|${GROUP_NOUNS}|\\p{Ll}+(?=\\s+(?:${LOWER_CASE_OFFICES})\\s))\\s+){0,8}(?:(?:also|again|later|previously|earlier|repeatedly|has|have|had)\\s+){0,2}(?:\\([^()]{1,30}\\)\\s+|[\\p{Lu}][\\p{L}.'’-]*,\\s+\\d{1,3},\\s+)?` +
    // German puts a comma or a colon after the verb: "Scholz sagte den Besuch ab, …" is another verb.
    // "warn" and "argue" need "that" ("Some analysts warn of a recession" has no statement after the verb).
    // "reported", "announced" and "noted" take an object as often ("reported the figures on Friday"): only with "that";
    // "said nothing about …" says nothing; "warned against over-interpreting …" names no statement (engine read of stop 37).
    `(?:(?:${TOLD_WHOM}|${ENGLISH_SAY_CLAUSE}|say)(?:${ENGLISH_SAID_WHEN})?${ENGLISH_SAID_HOW}[,:]?\\s+(?:that\\s+(?!${THAT_AS_SUBJECT}))?(?!(?:nothing|little|none|no|not)\\b|(?<=(?:warned|argued|cautioned)\\s+)(?:against|of|about|over)\\b)|(?:reported|announced|noted|confirmed|cautioned|estimated?|estimates)(?:${ENGLISH_SAID_WHEN})?${ENGLISH_SAID_HOW}[,:]?\\s+that\\s+|(?:warn|argue)\\s+that\\s+|argue\\s+(?=(?:the|a|an|it|its|this|these|there|their)\\s)` +
    `|(?:sagte|sagten|sagt|erklärte|erklärt|betonte|betont|warnte|warnten|sagen|erklären|betonen|warnen|behauptete|behaupteten|kritisierte|kritisierten|berichtete|berichteten|meinte|schrieb|schrieben|fügten? hinzu|teilten?(?:\\s+(?:auf|am|im|in|gegenüber|bei)\\s[^,]{1,40}?)?\\s+mit|gaben? bekannt|ergänzte|ergänzten|ergänzt|bestätigte|bestätigten|versicherte|versicherten|unterstrich|räumten? ein|stellten? klar|gibt an|geben an|gaben? an)${GERMAN_SAID_HOW}[,:]\\s+(?!dass\\b)` +
    // ("Finanzvorstand Thomas Brandt ergänzte, die Restrukturierung werde …": engine read of stop 40.)
    // A reply before a colon: "Egli bestritt das: Der Brief sei beantwortet worden." (engine read of stop 39).
    `|(?:bestritt|bestreitet|widersprach|widerspricht|entgegnete|entgegnet|konterte|kontert)(?:\\s+(?:das|dies|dem))?:\\s+)`,
  "u",
);
// "“We have never seen inflation this high,” she said, “and …”": the speaker between two parts of one quotation.
// "Mr. Smith, a spokesman for the ministry, said …", "Nowak, der russische Energieminister, sagte, …",
// "The company, which employs 12,000 people, said …", "A historian, Henry Commager, said that …"
// (removed only when it holds the claimant), with when it was said ("announced one day that …").
const LEADING_APPOSITION_SPEAKER = new RegExp(
  `^[^,]{1,60},\\s+(?:(?:an?|the|der|die|das|ein|eine|which|who|whose)\\s+)?(?:[^,;:]|,(?=\\d)){1,160}?(?:,\\s+(?:who|which|whose)\\s+[^,;:]{1,100}?)?,\\s+` +
    // German first: "…, Janosch Dahmen, sagte der „Rheinischen Post“, die Regierung habe …" (to whom, then the comma);
    // a German verb always has its comma or colon ("…, Ludwig, kritisierte die Preisbildung" keeps its object).
    `(?:(?:sagte|sagten|erklärte|erklärten|betonte|betonten|warnte|warnten)${GERMAN_SAID_HOW}[,:]\\s+|(?:${GERMAN_SAY})[,:]\\s+|(?:${TOLD_WHOM}|${ENGLISH_SAY})(?:\\s(?!(?:the|a|an|its|his|her|their)\\s)[^,]{1,30}?(?=\\s+that\\s)|${ENGLISH_SAID_WHEN})?[,:]?\\s+(?:that\\s+(?!${THAT_AS_SUBJECT}))?)(?!dass\\b)`,
  "u",
);
// ", he said" after a quotation: a pronoun names nobody to keep as claimant, but it is no part of the claim.
// (", kündigte er an": engine read of stop 43; a company's ", it said": engine read of stop 45.)
const TRAILING_PRONOUN_SPEAKER = new RegExp(`^,\\s*(?:(?:he|she|they|we|it|er|sie|wir)\\s+(?:${SAY})${SAID_WHERE_OR_WHEN}|(?:said|says|${GERMAN_SAY}|warnte|warnt|forderte)\\s+(?:he|she|er|sie)${SAID_WHERE_OR_WHEN}|kündigten?\\s+(?:er|sie)\\s+an)[.!]?$`, "u");
// "…, Yellen told reporters, adding that inflation had eased": the attribution goes, both statements stay.
const ATTRIBUTION_THEN_ADDING = new RegExp(`,\\s*[^,]{1,80}?\\s+(?:${SAID_OR_TOLD})${SAID_WHERE_OR_WHEN},\\s+adding(?:\\s+that)?\\s+`, "u");
// A reaction and whom it came from, or a shown stance, before a colon ("Kritik kam von X: …", "X zeigte sich zuversichtlich: …").
const REACTION_THEN_COLON = new RegExp(`^(?:${CAME_FROM}[^:]{1,80}|[^:]{1,80}?\\s+${SHOWED_ITSELF}):\\s*`, "u");
const QUOTES = /["„“”«»]/g;
const QUOTE_AFTER_COLON = /:\s*[„"“»]([^„"“”«»]{10,400})[“"”«]\s*\.?$/u;
// "Aus Regierungskreisen hieß es, …": a whole clause follows, so no word order is restored.
const FROM_CIRCLES = /^Aus\s+(?:(?:den\s+)?\p{Lu}[\p{L}-]*(?:kreisen|Kreisen)|(?:dem|der)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:hieß|heißt)\s+es(?:\s+(?:dazu|zudem|außerdem|am\s+\p{Lu}\p{Ll}+))?,\s*/u;
// "…, wie Destatis nach einer ersten Schätzung mitteilte": a figure that is an estimate keeps saying so (engine read of stop 47).
const FIRST_ESTIMATE = /\b(?:ersten|vorläufigen|vorläufiger) (?:Schätzung|Berechnung|Berechnungen|Zahlen|Angaben)|Schnellschätzung|Hochrechnung|(?:early|preliminary|provisional|initial|first|flash) estimates?\b/u;
const SAID_EARLIER = /^(?:In|On|Earlier|Last|Back in)\s[^,]{1,30},\s[^,]{1,80}\bhad\s/u;
const MAX_WORDING = 1000;

export interface WordingContext {
  claimant: Claimant | null;
  language: "de" | "en";
  articleDate?: Date | null; // the article's publication date, to resolve "gestern", "yesterday" …
  /** The sentence's entities: a multi-word name after the verb ("hat Alexander Nowak …") is one subject. */
  entities?: Entity[];
  speakerBefore?: boolean; // its speaker was named in a sentence before (`claimant` null): its quotations are theirs
}

export function suggestWording(verbatim: string, { claimant, language, articleDate, entities = [], speakerBefore = false }: WordingContext): string {
  let text = withoutListMark(verbatim.trim());
  let marks = markings(text);
  // Zero-width spaces, direction marks and overrides show nothing or turn what follows around (U+202E):
  // a wording has none (joiners stay, they hold emoji and scripts together).
  if (marks & Marking.Invisible) text = text.replace(INVISIBLE_ALL, "").trim();
  text = withoutDateline(text, marks, language);
  if (text.length !== verbatim.length) marks = markings(text); // read again where the front went (rare): a double space may have gone
  if (marks & Marking.SpacesToJoin) text = joinedLines(text, language);
  const daysAsSaid = Boolean(articleDate && marks & Marking.Quote && relativeDaysOnlyQuoted(text, language));
  // A quotation cited by nobody named keeps its marks (see isCitedQuotation).
  if (marks & Marking.Quote && (claimant || speakerBefore || !isCitedQuotation(text))) {
    // "Kay Scheller mahnte zur Sparsamkeit: „Die Lage ist ernst.“": what the speaker said is the quotation.
    const quoted = claimant ? QUOTE_AFTER_COLON.exec(text) : null;
    if (quoted && text.slice(0, quoted.index).includes(lastWord(claimant!.text))) text = quoted[1]!;
    else if (claimant) text = quoteBeforeSpeaker(text, claimant) ?? text;
    text = joinSplitQuotation(text, claimant, language);
    text = text.replace(QUOTES, "").trim();
  }
  // Before the words are moved: "Laut Bericht stieg die Zahl." must not become "Die Zahl. stieg".
  text = withoutClosingPunctuation(text);
  let fronted = false;
  let pronounSpeakerGone = false;
  // What the text was before its front was taken off: kept when the rest cannot be put in order again.
  let unfronted = text;
  text = withoutConjunctionBeforeSource(text);
  // Each leading pattern starts with "Laut", "Nach", "According" or "Wie", or has "zufolge": most sentences skip them all.
  const mayLead = ATTRIBUTION_FIRST_LETTERS.includes(text[0] ?? "") || text.includes(" zufolge ");
  for (const pattern of mayLead ? LEADING_ATTRIBUTION : NONE) {
    const next = text.replace(pattern, "");
    if (next !== text) {
      if (!fronted) unfronted = text;
      fronted = true;
      text = next;
    }
  }
  if (speakerBefore && language === "de") text = text.replace(SOURCE_REFERENCE_INSIDE, "");
  if (!fronted && claimant && GERMAN_SOURCE_FIRST.test(text)) {
    const found = text.indexOf(claimant.text);
    // To the end of the claimant's last word: the person "Robert Koch" in "des Robert Koch-Instituts".
    let end = found + claimant.text.length;
    while (found > 0 && end < text.length && !/\s/.test(text[end]!)) end++;
    // "Laut Deutschem Wetterdienst (DWD) trieb …": the source's short name goes with it.
    const bracket = BRACKETED_SHORT_NAME.exec(text.slice(end));
    if (found > 0 && bracket) end += bracket[0].length;
    // Only where the rest reads as a sentence again: its subject found and put before the verb.
    // (Not where a phrase follows the source, which may belong to it: "Laut einer Studie des SLF aus dem Jahr 2021 stieg …",
    // engine read of stop 40.)
    const rest = text.slice(end + 1);
    const reordered = found > 0 && /^ \p{Ll}/u.test(text.slice(end)) && !startsWithPreposition(rest) ? verbSecond(rest, entities) : null;
    if (reordered) text = reordered;
  }
  // An attribution is removed only where it names the claimant: elsewhere the words are the statement's.
  const speaker = claimant ? lastWord(claimant.text) : "";
  const holdsSpeaker = (match: string) => match.includes(speaker);
  let pronounForSpeaker = false;
  if (claimant) {
    const whole = text;
    const next = text.replace(LEADING_APPOSITION_SPEAKER, (match) => (holdsSpeaker(match) ? "" : match));
    if (next !== text) {
      const removed = text.slice(0, text.length - next.length);
      [text, pronounForSpeaker] = afterSpeakerOut(next, removed, claimant, language, entities);
      if (language === "en") text = withoutSecondThat(text, removed);
    }
    // "The company, which employs …, said it would close …": "It will close …" names nobody; it stays whole (stop 44).
    if (next !== text && !pronounForSpeaker && language === "en" && ENGLISH_PRONOUN_FRONT.test(text) && RELATIVE_CLAUSE.test(whole)) text = whole;
  }
  // Each trailing pattern needs "according to" or a comma, most a verb of saying: most sentences skip most scans.
  if (claimant && (text.includes(",") || text.includes("according to"))) {
    const said = SAID_ANYWHERE.test(text);
    for (let i = 0; i < TRAILING_ATTRIBUTION.length; i++) {
      if (i === 0 ? text.includes("according to") : text.includes(",") && (said || !NEEDS_SAID[i])) text = text.replace(TRAILING_ATTRIBUTION[i]!, (match) => (holdsSpeaker(match) && !FIRST_ESTIMATE.test(match) ? "" : match));
    }
    text = withoutSourceBetweenCommas(text, holdsSpeaker);
  }
  if (claimant && language === "en" && text.includes(", ") && SAID_ANYWHERE.test(text)) text = text.replace(ATTRIBUTION_BEFORE_COMPARISON, (match) => (holdsSpeaker(match) ? "" : match));
  if (language === "en") text = withoutSpeakerBetweenCommas(text, (match) => Boolean(claimant) && holdsSpeaker(match));
  if (claimant) {
    const before = text;
    if (language === "de") text = withoutInvertedSpeaker(text, claimant);
    if (language === "de" && text.includes(" ha")) text = text.replace(GERMAN_PERFECT_SPEAKER, (match) => (holdsSpeaker(match) ? "" : match));
    text = text.replace(LEADING_SPEAKER, (match) => (holdsSpeaker(match) ? "" : match));
    if (text === before) text = withoutClaimantSaid(text, claimant);
    // "Officials said Tuesday." leaves a date: fewer than three words are no statement (see keepsItsSpeaker too).
    // "In January, the company had warned it might need …": what was said before the story's time stays said then (stop 47).
    if (text !== before && (text.split(/\s+/).length < 3 || (language === "en" && keepsItsSpeaker(text)) || (language === "en" && SAID_EARLIER.test(before.slice(0, before.length - text.length))))) text = before;
    // "Der Konzern teilte mit, bis 2026 … abzubauen": an infinitive clause alone is no sentence.
    if (language === "de" && text !== before && isInfinitiveClause(text)) text = before;
    // "Scholz sagte, die Lage sei ernst, und kündigte … an": the speaker is the subject of what follows too.
    if (language === "de" && text !== before && SPEAKER_GOES_ON.test(text)) text = before;
    if (text !== before) [text, pronounForSpeaker] = afterSpeakerOut(text, before.slice(0, before.length - text.length), claimant, language, entities);
    if (language === "en" && text !== before) text = withoutSecondThat(text, before.slice(0, before.length - text.length));
    if (language === "en" && !text.includes(speaker)) text = withoutSpeakersNextVerb(text);
  } else if (text.length > 8 && PRONOUN_FIRST.test(text)) {
    const before = text;
    text = text.replace(LEADING_PRONOUN_SPEAKER, "");
    if (language === "en" && text !== before && keepsItsSpeaker(text)) text = before;
    pronounSpeakerGone = text !== before;
    // ("He said he would not resign and that …": the second "that" goes too.)
    if (pronounSpeakerGone && language === "en") {
      const removed = before.slice(0, before.length - text.length);
      text = withoutSecondThat(withoutBackshift(text, removed), removed);
    }
  }
  // "Der Stadtrat teilte mit, dass die Arbeitslosigkeit … gesunken sei" → "Die Arbeitslosigkeit sei … gesunken" (then in the indicative).
  if (claimant && language === "de") {
    const dass = dassClauseAsSentence(text, entities);
    // ("Scholz sagte, dass er zurücktreten werde": "er" is the speaker, named once the speaker is out. A pronoun left at the
    // front, "Es hat keine Informationen", would name nobody: that sentence stays whole.)
    const named = dass && holdsSpeaker(dass.speaker) ? afterSpeakerOut(dass.sentence, dass.speaker, claimant, language, entities) : null;
    if (named && !PRONOUN_SUBJECT.test(named[0])) [text, pronounForSpeaker] = named;
  }
  if (claimant && (text.includes(" kam ") || text.includes(" sich "))) text = text.replace(REACTION_THEN_COLON, (match) => (holdsSpeaker(match) ? "" : match));
  if (claimant && language === "en" && text.includes(" that ")) text = text.replace(WORK_FOUND_THAT, (match) => (holdsSpeaker(match) ? "" : match));
  if (claimant && language === "en" && (text.includes("’s ") || text.includes("'s "))) text = text.replace(OWNERS_WORK_SHOWED, (match) => (holdsSpeaker(match) ? "" : match));
  if (claimant && text.includes(" adding")) text = text.replace(ATTRIBUTION_THEN_ADDING, (match) => (holdsSpeaker(match) ? ", and " : match));
  if (text.includes(" adding")) text = text.replace(PRONOUN_THEN_ADDING, ", and ");
  if (claimant && language === "de") {
    text = withoutMiddleAttribution(text, claimant.text);
    if (text.startsWith("Aus ")) text = text.replace(FROM_CIRCLES, (match) => (holdsSpeaker(match) ? "" : match));
  }
  // Read after the last comma only (anchored at the end); not before a colon ("…, schrieb er:" opens what he wrote).
  const lastComma = text.lastIndexOf(",");
  if (lastComma !== -1 && text.length - lastComma < 80 && !verbatim.trimEnd().endsWith(":") && TRAILING_PRONOUN_SPEAKER.test(text.slice(lastComma))) {
    text = text.slice(0, lastComma);
    // Its reported speech is a statement again ("Man werde …, kündigte er an" → "Man wird …").
    if (!claimant) pronounSpeakerGone = true;
  }
  const connective = LEADING_CONNECTIVE.exec(text);
  // German "So" is "in this way" or "that much" ("So geht man nicht …", "So viel Geld …"): it stays (stop 35).
  if (connective && !(language === "de" && connective[0].startsWith("So"))) {
    if (!fronted) unfronted = text;
    text = text.slice(connective[0].length);
    fronted = true;
  }
  if (fronted && language === "de") text = (startsWithSayVerb(text) ? null : verbSecond(text, entities)) ?? unfronted;
  else if (language === "de" && !fronted) text = text.replace(GERMAN_CONJUNCTION, "");
  // (A speaker put in for "er" keeps the mood of reported speech otherwise: "Scholz werde …" → "Scholz wird …".)
  const speakerGone = claimant ? pronounForSpeaker || !text.includes(lastWord(claimant.text)) : pronounSpeakerGone;
  if (language === "de" && speakerGone) text = inIndicative(text);
  if (articleDate && !daysAsSaid) text = resolveWeekdays(resolveRelativePeriods(resolveRelativeDays(text, articleDate, language), articleDate, language), articleDate, language);
  text = withoutClosingPunctuation(text);
  // One word left of several ("That's" of "That's according to plan.") is no statement: the words stay as written.
  if (!text || (!/\s/.test(text) && /\S\s+\S+\s+\S/.test(verbatim))) return verbatim.trim();
  // A wording is short: a "sentence" of thousands of characters (a text without full stops) gets none.
  if (text.length > MAX_WORDING) return "";
  const first = text[0]!; // most wordings start in upper case already: the string is kept (a copy costs the collector)
  const upper = first.toUpperCase();
  return upper === first ? text : upper + text.slice(1);
}

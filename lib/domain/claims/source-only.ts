import { GERMAN_WORKS, GROUP_NOUNS, LOWER_CASE_BODIES } from "./lexicon";
import type { Entity, Span } from "./types";

// A sentence that only says where the sentence before it came from: "Das teilte die Bundesagentur für
// Arbeit am Dienstag in Nürnberg mit.", "Dies geht aus einer Mitteilung des Statistischen Bundesamtes
// hervor.", "That's according to the Labor Department.", "He said this at a news conference." A reader
// checks the figure before it, not that it was said: such a sentence is no claim of its own, and its
// source is the claimant of the sentence before (see extract.ts).

const GERMAN_PAST_SAY =
  "kündigte|kündigten|teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|bestätigte|bestätigten|schrieb|schrieben|betonte|betonten|gab|gaben|verkündete|verkündeten|nannte|nannten";
// The source: a name or a noun with its article, up to when, where or to whom it was said, and the
// verb's particle ("mit", "bekannt", "an" of "kündigte … an") at the end; nothing else may follow ("Das sagte alles." is no source).
// Present tense only for reporting ("Das berichtet …"): "Das erklärt die Inflation" explains, it names no source.
const GERMAN_PRESENT_REPORT = "berichtet|berichten|meldet|melden|schreibt|schreiben";
const GERMAN_SOURCE = "(?:(?:der|die|das)\\s+)?[„\"»]?(?<source>(?=\\p{Lu}|ein\\b|eine\\b|einer\\b|dpa\\b)[^,;:„“\"»«]{2,80}?)[“\"«]?";
const GERMAN_TAIL = "(?:\\s+(?:am|im|in|auf|bei|vor|gegenüber|nach|zufolge|unter\\s+Berufung\\s+auf|dem|den|der(?=\\s+(?:Deutschen\\s+Presse-Agentur|dpa|Nachrichtenagentur|Zeitung|Bild|„)))\\s[^,;:]{1,60}?)?(?:\\s+(?:mit|bekannt|an))?[.!]?$";
const GERMAN_PRONOUN = "(?:er|sie)\\b";
// "…, der der Deutschen Presse-Agentur vorliegt": who has the paper is no claim of its own either.
// "…, die am Dienstag veröffentlicht wurde": when it came out neither.
// "…, den der Zweitligist am Montag vorgelegt hat": who published it neither (engine read of stop 41).
const LEAKED_TO = ",\\s+(?:der|die|das|den)\\s+[^,;:]{1,60}?\\s+(?:vorliegt|vorlag|vorliegen|vorlagen|(?:veröffentlicht|vorgestellt|vorgelegt)\\s+(?:wurde|wurden|worden\\s+ist|hat|hatte|haben|hatten))";
// "Das ergab eine Umfrage des X", "Das zeigte eine Studie": only a study shows (not "Das zeigte die schleppende Reaktion …").
const GERMAN_STUDY = `(?=(?:eine|die|einer|der)\\s+(?:\\p{Lu}[\\p{L}-]*)?(?:${GERMAN_WORKS})\\b)`;
// A source named like one ("the Labor Department", "Reuters"): not "according to plan", "… to the rules set by …".
// ("That's according to a report published by the think tank on Monday": a report or study names one too.)
// ("That's according to 12 people": people counted are a source too, walk of stop 31.)
// ("That's according to the office's most recent fiscal outlook", "… separate data the Labor Department published": engine read of stop 37.)
// ("That's according to the rail operator": a body named by its kind, engine read of stop 46.)
// ("… according to the state Department of Labor": walk of stop 37; "… according to the company's annual filing": engine read of stop 41;
// "… according to the shipping consultancy's weekly World Container Index": stop 43.)
const ENGLISH_SOURCE = `(?:the\\s+)?(?<source>(?=\\p{Lu}|(?:\\p{Ll}+\\s+){1,2}\\p{Lu}|(?:\\p{Ll}+\\s+)?\\p{Ll}+['’]s\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}|(?:(?:an?|the)\\s+)?(?:[\\p{Ll}'’-]+\\s+){0,4}?(?:report|study|survey|analysis|statement|paper|estimate|estimates|review|data|figures|outlook|forecast|projections|poll|census|statistics|records|filings?|documents?|accounts|results|release)\\b|\\d[\\d,.]*\\s+(?:\\p{Ll}+\\s+)?(?:people|persons|respondents|voters|adults|households|${GROUP_NOUNS})\\b|(?:\\p{Ll}+\\s+){0,2}(?:${LOWER_CASE_BODIES}|${GROUP_NOUNS})\\s*[.!]?$)[^,;:]{2,80}?)`;
const ENGLISH_TAIL = "(?:\\s+(?:(?:published|released|issued|compiled)\\s+)?(?:on|in|at|during|last|this|earlier|late|early)\\s[^,;:]{1,60}?)?[.!]?$";
const SOURCE_ONLY = [
  // "Das teilte X mit", "Dies bestätigte ein Sprecher", "Diese Zahlen nannte X" (past tense: "Das zeigt, wie …" says more;
  // "Das berichtet die Süddeutsche Zeitung", "Das berichten Forschende des UKE im Fachjournal …": engine read of stop 43).
  new RegExp(`^(?:Das|Dies|Diese\\s+(?:Zahlen|Zahl|Angaben|Daten))\\s+(?:${GERMAN_PAST_SAY}|${GERMAN_PRESENT_REPORT})\\s+(?:${GERMAN_PRONOUN}|${GERMAN_SOURCE})${GERMAN_TAIL}`, "du"),
  new RegExp(`^(?:Das|Dies)\\s+(?:zeigte|zeigten|ergab|ergaben|ergibt|zeigt)\\s+${GERMAN_STUDY}${GERMAN_SOURCE}${GERMAN_TAIL}`, "du"),
  // ("Das geht aus dem Geschäftsbericht für das Jahr 2023 hervor": what the work covers, engine read of stop 46.)
  new RegExp(`^(?:Das|Dies)\\s+(?:geht|ging)\\s+aus\\s+(?:(?:einer|einem|der|dem|den)\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:für|zum|zur|über)\\s+[^,;:]{1,40}?)?(?:\\s+(?:des|der|von|vom)\\s+${GERMAN_SOURCE})?\\s+hervor(?:${LEAKED_TO})?[.!]?$`, "du"),
  // "Das geht aus der Polizeilichen Kriminalstatistik (PKS) hervor, die …": the work named is the source (engine read of stop 43).
  new RegExp(`^(?:Das|Dies)\\s+(?:geht|ging)\\s+aus\\s+(?:(?:einer|einem|der|dem|den)\\s+)?(?<source>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){1,3}(?:\\s+\\([^()]{1,20}\\))?)\\s+hervor(?:${LEAKED_TO})?[.!]?$`, "du"),
  new RegExp(`^(?:Das|Dies)\\s+(?:ist|war)\\s+(?:das\\s+)?Ergebnis\\s+(?:einer|eines|der|des)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:des|der|von|vom)\\s+${GERMAN_SOURCE})?${GERMAN_TAIL}`, "du"),
  new RegExp(`^(?:That|This)(?:['’]s|\\s+is|\\s+was)\\s+according\\s+to\\s+${ENGLISH_SOURCE}${ENGLISH_TAIL}`, "du"),
  new RegExp(
    `^(?:That|This|The\\s+(?:figures?|data|numbers?)|These\\s+(?:figures|data|numbers))\\s+(?:is|was|were|are)\\s+(?:first\\s+)?(?:reported|released|published|announced|confirmed|disclosed)\\s+by\\s+${ENGLISH_SOURCE}${ENGLISH_TAIL}`,
    "du",
  ),
  // "Those numbers come from the Office for National Statistics.", "The figures were published in a report on Tuesday."
  new RegExp(`^(?:The|These|Those)\\s+(?:figures?|data|numbers?|statistics|estimates?)\\s+(?:come|came|are|were)\\s+from\\s+${ENGLISH_SOURCE}${ENGLISH_TAIL}`, "du"),
  /^(?:The|These|Those)\s+(?:figures?|data|numbers?|statistics|estimates?)\s+(?:is|was|are|were)\s+(?:first\s+)?(?:published|released|issued)(?:\s+(?:in|on|at|during|last|this|earlier|late|early)\s[^,;:]{1,60}?)?[.!]?$/du,
  // "Die Zahlen stammen von der Bundesagentur für Arbeit.", "Die Daten wurden am Dienstag veröffentlicht."
  new RegExp(`^(?:Die|Diese)\\s+(?:Zahlen|Daten|Angaben|Werte|Ergebnisse)\\s+(?:stammen|stammten|kommen|kamen)\\s+(?:von|vom|aus)\\s+(?:(?:dem|den|einer|einem)\\s+)?${GERMAN_SOURCE}${GERMAN_TAIL}`, "du"),
  /^(?:Die|Diese)\s+(?:Zahlen|Daten|Angaben|Ergebnisse|Studie|Umfrage|Auswertung)\s+(?:wurden|wurde)\s+(?:am|im|in|auf|vor)\s[^,;:]{1,60}?\s+(?:veröffentlicht|vorgestellt|vorgelegt)[.!]?$/du,
  /^(?:That|This)\s+(?:is|was)\s+(?:what|how)\s+(?:the\s+)?(?<source>(?:\S+\s+){0,5}?\S+)\s+(?:said|told|reported|wrote|put it)[.!]?$/du,
  /^(?:He|She|They|(?:The\s+)?(?!(?:And|But|So|Now|Then|I|I['’]ve|I['’]d|We|We['’]ve|You)\s)(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+said\s+(?:this|so)(?:\s+(?:at|in|on|during|to|after|before|while|when)\s[^,;:]{1,60})?[.!]?$/u,
];
const MAX_WORDS = 20;
// The first words of every form but the last ("X said so"), whose first word is any name.
const FIRST_WORDS = ["Das ", "Dies ", "Diese ", "Die ", "That", "This ", "The ", "These ", "Those "];
const NEGATION = /(?<!\p{L})(?:nicht|kein|keine|keinen|not|never|nie)(?!\p{L})/u;

/**
 * Null unless `text` (one unit) only names the source of what came before: no figure, few words, one
 * of the forms above. Then the source's span in `text` where the form names one ("He said so" names none).
 */
export function sourceOnly(text: string, entities: Entity[], wordCount: number): { source: Span | null } | null {
  if (wordCount > MAX_WORDS || wordCount < 3) return null;
  const first = text.charCodeAt(0);
  // Every form starts with D, T, H or a capitalised name: most units are skipped by their first letter,
  // the rest by their first word ("Das", "That" …) or, for "X said so", by " said ".
  if (first < 65 || first > 90) return null;
  const opensLikeOne = (first === 68 || first === 84) && FIRST_WORDS.some((word) => text.startsWith(word));
  if (!opensLikeOne && !text.includes(" said ")) return null;
  for (let i = opensLikeOne ? 0 : SOURCE_ONLY.length - 1; i < SOURCE_ONLY.length; i++) {
    const match = SOURCE_ONLY[i]!.exec(text);
    if (!match) continue;
    // A figure is news of its own, unless it describes the source ("according to a survey of 240 businesses").
    if (entities.some((entity) => entity.type === "number" && !match.groups?.source?.includes(entity.text))) return null;
    // "Das teilte das Amt nicht mit": a denial or a refusal is news of its own.
    if (NEGATION.test(text)) return null;
    const at = match.indices?.groups?.source;
    return { source: at && !/^(?:er|sie|he|she|they|it|es)$/i.test(match.groups!.source!) ? { start: at[0], end: at[1] } : null };
  }
  return null;
}

/** The reason a source-only unit shows (kind "source of the sentence before" in reason-parts.ts). */
export const SOURCE_ONLY_REASON = "source of the sentence before ↓";

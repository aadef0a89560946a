import { GAVE_TO_CONSIDER, SPOKEN_FOR_BODIES, STATES_FIRST, NAME_CHAR, TITLE_OR_INITIAL, ABBREVIATED_OFFICE, AUXILIARIES, ZUFOLGE_SOURCE, LOWER_CASE_OFFICES, CAME_FROM, GROUP_NOUNS, LATE_SAY, LOWER_CASE_BODIES, SHOWED_ITSELF, PHRASE_OPENERS, SAY_VERBS, SOURCE_FIRST, SOURCE_NOUN_NAMES, SOURCE_NOUNS } from "./lexicon";
import type { Token } from "./tokens";
import { BEFORE_SAY_WORDS, DATA_NOUN_WORDS, DATA_NOUNS, dataThenShowed, englishSayVerbAfterTwoWords, GROUP_VERBS, groupThenSay, nameThenWhereThenSay, sayVerbAfterApposition, sayVerbAfterCommaOrQuote, sayVerbAfterNameOrGroup, SHOWED } from "./claimant-cues";
import { Flag } from "./word-flags";

// The patterns of attribution findClaimant (claimant.ts) tries in order, each with the cheap test of whether it can
// match at all.

// Arabic names join their particle with a hyphen: "Khalid al-Amin", "Mr. al-Amin" (engine read of stop 35).
const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\/\\p{Lu}{1,3}\\b)?|\\p{Lu}{2,}\\d*|(?:al|el|ad|as|ash|an)-\\p{Lu}[\\p{L}\\p{M}'’-]*)";
// Two small words in a row too: "Elena Marchetti of the University of Edinburgh". ("Allianz pro Schiene": engine read of stop 43.)
const NAME_RUN = `${NAME_WORD}(?:\\s+(?:(?:de|von|van|der|al|bin|bint|ibn|of|for|at|the|and|für|des|und|pro)\\s+){0,2}${NAME_WORD}){0,6}`;
const STOP = `(?=\\s+(?:nach|am|vor|in|auf|unter|gegenüber|bei|im|vom|zu|mit|dass|after|on|in|at|before|during|to|that|in a|on\\s)\\b|[,;:!?]|(?<!${TITLE_OR_INITIAL})\\.|$)`;
const GROUP_NOUNS_ANY_CASE = `${GROUP_NOUNS}|${GROUP_NOUNS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, first: string) => bar + first.toUpperCase())}`;
// Where or whom a group speaks for: "Officials in Ohio said", "Diplomaten in Brüssel sagten",
// "A spokesperson for the European Commission said", "Ein Sprecher der Stadt Köln bestätigte",
// "a spokesman for the ministry said".
const CAPITAL_WORD = "\\p{Lu}[\\p{L}.’'-]*";
const GROUP_PLACE = `(?:\\s+(?:in|at|from|aus|for|of|der|des|von|vom)\\s+(?:the\\s+)?${CAPITAL_WORD}(?:\\s+(?:(?:of|for|and|der|des|für|und)\\s+(?:the\\s+)?)?${CAPITAL_WORD}){0,4}|\\s+(?:for|of)\\s+the\\s+(?:\\p{Ll}+\\s+)?(?:${GROUP_NOUNS}|${SPOKEN_FOR_BODIES}))?`;
// A German source after "laut" or "nach Angaben": an optional article and adjectives, then capitalised
// (or "ifo-Institut")
// words (German nouns and names) joined by "der", "von", "für" …; it ends where the verb starts, which
// in German follows the fronted phrase ("Nach Angaben des Statistischen Bundesamtes stiegen …").
const GERMAN_ADJECTIVE = "(?!(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines)\\s)\\p{Ll}[\\p{L}-]*(?:e|en|er|es|em)";
// "des Verbands deutscher Pfandbriefbanken": an adjective in the genitive plural between two nouns (not a word that
// only ends the same way: "aber", "wieder", "über" …).
const GENITIVE_ADJECTIVE = "(?!(?:aber|oder|über|unter|wieder|immer|weiter|hier|sicher|später|früher|bisher|außer|jeder|jener|dieser|aller|seiner|ihrer|unserer|mehr|weniger|sowie)\\s)\\p{Ll}[\\p{L}-]*er";
// A number goes with a name ("G 20") but not before a noun it counts ("der Behörde 18 Prozent mehr" names the
// Behörde), nor after "von" ("des Landeswahlamts von 31 auf 27 Prozent").
// (A brand with digits: "des Immobilienportals ImmoScout24", engine read of stop 40.)
const GERMAN_SOURCE =
  `(?:(?:dem|der|des|den|einem|einer|eines)\\s+)?(?:${GERMAN_ADJECTIVE}\\s+){0,3}(?:(?:Dr|Prof|med|phil|rer|nat|Dipl|Ing)\\.\\s+)*(?:${NAME_WORD}|dpa|afp|epd|kna|\\p{Ll}+-\\p{Lu}[\\p{L}-]*)` +
  `(?:\\s+(?:(?:der|des|dem|von|für|und|pro)\\s+(?:${GERMAN_ADJECTIVE}\\s+)?|${GENITIVE_ADJECTIVE}\\s+)?${NAME_WORD}(?:(?<=\\p{L})\\d+)?|\\s+\\d+(?![\\d.,]*\\s+\\p{Lu}))*`;
// The verbs that follow their speaker ("Nowak sagte", "Bessent claimed"). German "so" introduces
// one ("…“, so Nowak") but never follows one: after a name it is "And so …", "It's so …".
// "added" says something only before what was said ("Bessent added that …", "…, Smith added."), not before
// an object: "Ohio added 92,000 jobs", "Germany added 17 gigawatts of solar capacity".
const SPEAKER_VERBS = SAY_VERBS.split("|")
  .filter((verb) => verb !== "so")
  .map((verb) => (verb === "added" ? "added(?=\\s*(?:[,:;.!?„\"“”]|$)|\\s+(?:that|in|on|at|during|when|after|before|later)\\b)" : verb.startsWith("räumte") ? `${verb}\\s+ein\\b` : verb))
  .join("|");
// An age or a US party tag between commas: "Smith, 54, said", "Elizabeth Warren, D-Mass., said".
const AGE_OR_PARTY = "\\d{1,3}|[DRI]-\\p{Lu}[\\p{L}.]{0,14}";
// Between a speaker and the verb: "Thornbury also claimed", "The Institute for Fiscal Studies has previously estimated".
const BEFORE_SAY_ADVERBS = BEFORE_SAY_WORDS.join("|");
// Words that open a sentence but no name ("In Berlin, …", "However, …").
const OPENING_WORDS = `(?:${PHRASE_OPENERS.join("|")})`;
// A clause after the comma is no apposition ("Zu der Frage, ob …, sagte Schmidt").
// A short scene or occasion before the speaker: "Outside court, ", "Speaking to reporters, ", "Defending, ".
const LEAD_IN = "(?:(?:Outside|Inside|After|Before|Later|Earlier|Speaking|Asked|Writing|Defending|Prosecuting|Responding|In|At|On|During)\\b[^,;:.]{0,60},\\s+)?";
const NOT_APPOSITION = "(?!(?:ob|dass|wenn|weil|als|obwohl|whether|if|when|because|although|that|which|who)\\b)";
const PERSONAL_OFFICES = "lawyer|attorney|barrister|solicitor|counsel|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|wife|husband|son|daughter|mother|father|brother|sister|manager|agent|doctor|neighbour|neighbor|friend|colleague|partner";
// Right after a quotation that ends with its comma: "“…,” Dr Vanessa Saliba, a consultant at the UKHSA, told reporters".
const AFTER_QUOTE = "[”\"»«]\\s+";
// English verbs that follow a body named by its kind ("the committee said"); "added" only before what was said.
const ENGLISH_SPEAKER_VERBS = "said|says|told|stated|wrote|warned|claimed|argued|noted|insisted|announced|added(?=\\s*(?:[,:;.!?]|$)|\\s+that\\b)|(?:confirmed|cautioned)(?=\\s+that\\b)";
// Words that end a body's name before the verb: pronouns, and the start of a clause ("a move that officials said …").
const NOT_IN_BODY = "(?:he|she|it|they|we|you|who|whom|whose|which|that|this|these|those|one|more|most|less|what|and|but|or|if|when|as|because|while|has|have|had|was|were|is|are|will|would|also)";
const GERMAN_CALLS = "sagte|sagten|erklärte|erklärten|betonte|betonten|warnte|warnten|mahnte|mahnten|forderte|forderten";
// Words ending in -s that open a sentence but name no place ("Angesichts der …", "Seitens der …").
const GENITIVE_ADVERBS = "(?:Angesichts|Anfangs|Abseits|Seitens|Mittels|Namens|Eingangs|Ausgangs|Rechts|Links|Stets|Bereits|Nachts|Morgens|Abends|Mittags|Tags|Teils|Falls|Jenseits|Diesseits|Stattdessen|Ebenfalls|Jedenfalls|Übrigens|Erstens|Zweitens|Drittens|Alles|Andernfalls|Außerdem|Deshalb|Indes|Damals|Rückblickend)";
// What may stand before a German verb of saying that has its speaker after it: a word or a short phrase.
const GERMAN_FRONT = "[^\\s,]+(?:\\s+[^\\s,]+){0,9}";

/**
 * True for a lower-cased word that one of the patterns below needs besides a verb of saying: "say", "warn", "laut",
 * "Angaben" (and the like: SOURCE_NOUNS), "wie", "according", a data noun, "zufolge", "kam" ("Kritik kam von …"), "entschied" (", entschied das Gericht") (ends and starts are matched loosely on purpose:
 * `\b` in these patterns knows only ASCII letters, so "…älaut" can still match there).
 */
export function isAttributionCue(lower: string): boolean {
  return lower === "say" || lower === "found" || lower === "interview" || lower === "warn" || lower === "findet" || lower === "sieht" || lower === "bemerkt" || lower === "argue" || lower === "heißt" || lower === "kam" || lower === "entschied" || lower === "zeigte" || lower === "zeigten" || lower.endsWith("laut") || SOURCE_NOUNS.includes(lower) || lower.endsWith("wie") || lower.endsWith("according") || DATA_NOUN_WORDS.has(lower) || lower.startsWith("zufolge") || WORK_NOUNS.has(lower) || WORK_AUTHORS.has(lower);
}

// What a body's work is called when it is the source: "A 2021 investigation by the BBC found that …".
const WORK_NOUNS = new Set(["study", "investigation", "poll", "review", "research", "audit", "inquiry"]);
// Who did that work, named after its finding: "…, the researchers found." (engine read of stop 38).
const WORK_AUTHORS = new Set(["researchers", "scientists", "authors", "investigators", "inspectors", "auditors"]);

// Every run of "any word" in these patterns is bounded (120 characters; a claimant has at most eight
// words): unbounded, "according to officials according to officials …" without punctuation took time
// quadratic in the sentence's length (8 s for 460 KB, found by the hostile probe of stop 24).
// Each pattern with a cheap test of whether it can match at all (a necessary condition read from the
// unit's words), so most units skip most patterns: these are long unanchored expressions that would
// otherwise be tried at every position of every unit with a verb of saying.
export type MayMatch = (text: string, tokens: Token[], offset: number) => boolean;
// (Each with the flag "g", so that a match that names nobody can be followed by the next: see findClaimant.)
export const PATTERNS: [RegExp, MayMatch][] = ([
  // "Aus Regierungskreisen hieß es, …": the circles it came from.
  // "Aus dem Auswärtigen Amt hieß es dazu, …": the office it came from.
  [/(?:^|[.!?]\s+)[Aa]us\s+((?:den\s+)?\p{Lu}[\p{L}-]*(?:kreisen|Kreisen)|(?:dem|der)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:hieß|heißt)\s+es\b/du, (text) => text.includes(" es")],
  // "Laut einem Bericht des „Spiegel“": the title in quotation marks.
  // ("nach Informationen des „kicker“", without an article: engine read of stop 46 took "„kicker“ bei 75 Millionen Euro liegen".)
  [/\b(?:[Ll]aut|[Nn]ach)\s+(?:(?:einem|einer|dem|der|den)\s+)?\p{Lu}[\p{L}-]*\s+(?:des|der|von|vom)\s+[„"»]([^“”"«„]{1,60})[“”"«]/du, (text) => (text.includes("„") || text.includes('"') || text.includes("»")) && LAUT_OR_NACH.test(text)],
  // "des Instituts der deutschen Wirtschaft (IW) hängen …": the abbreviation in brackets is no part of the source
  // ("laut DB 89,9 Prozent": nor the number after it).
  [new RegExp(`\\b(?:${SOURCE_FIRST})\\s+(${GERMAN_SOURCE})(?=(?:\\s+\\([^()]{1,20}\\))?(?:\\s+\\p{Ll}|\\s+\\d|\\s*[,;:]|\\.?$))`, "du"), mayPutSourceFirst],
  // A source that is no run of capitalised words ("laut dpa"): up to the auxiliary verb or the comma (not a decimal
  // comma: "laut DB 89,9 Prozent" names the DB).
  [new RegExp(`\\b(?:${SOURCE_FIRST})\\s+((?:(?:dem|der|des|den)\\s+)?[^,.;:]{1,120}?)(?=\\s+(?:${AUXILIARIES})\\b|,(?!\\d))`, "du"), mayPutSourceFirst],
  // "wie das Ministerium am Montag mitteilte": the time or place before the verb is no part of the source
  // (a date may have a day's dot: "am 14. Februar 2024").
  [new RegExp(`\\b[Ww]ie\\s+((?:(?:der|die|das|den|dem)\\s+)?[^,.;:]{2,80}?)(?:\\s+(?:am|im|vom|in|auf|bei|vor|gegenüber)\\s+(?:[^,.;:]|(?<=\\d)\\.){1,40}?)?\\s+(?:${LATE_SAY})\\b`, "du"), (text) => /\b[Ww]ie\s/.test(text)],
  // "Mr. Smith, a spokesman for the ministry, said …", "Nowak, der russische Energieminister, sagte …", also after a
  // scene of its own ("Outside court, Margaret Dunn, whose mother …, said": engine read of stop 38):
  // the name before its apposition is the speaker, not what follows the verb.
  // "The company, which employs 12,000 people, said …" too, and a second clause on the person ("Peter English, a former
  // chair of …, who was not involved in the study, told the BBC": engine read of stop 46 named the BBC).
  [
    new RegExp(
      `(?:^|[.!?]\\s+|${AFTER_QUOTE})${LEAD_IN}((?:[Tt]he\\s+)?${NAME_RUN}|(?:[Tt]he|[Aa]n?|Die|Der|Das)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${GROUP_NOUNS})),\\s+(?:(?:${AGE_OR_PARTY}),\\s+)?(?:(?:an?|the|der|die|das|ein|eine|which|who|whose)\\s+(?:[^,;:]|,(?=\\d)){1,160}?(?:,\\s+(?:who|which|whose|der|die|das)\\s+[^,;:]{1,100}?)?|${AGE_OR_PARTY}),\\s+(?:${SPEAKER_VERBS})\\b`,
      "du",
    ),
    (_, tokens) => sayVerbAfterApposition(tokens),
  ],
  // Without an article, only after a name of two words or more ("Jane Doe, chief economist at Acme, said",
  // "Ricarda Lang, Mitglied des Bundestages, sagte"): after one word it is often a sentence's opening
  // ("However, prices rose, said …"), and prepositions and connectives open no name.
  [
    new RegExp(
      `(?:^|[.!?]\\s+|${AFTER_QUOTE})${LEAD_IN}((?!${OPENING_WORDS}\\s)${NAME_WORD}(?:\\s+(?:(?:de|von|van|der|al|bin)\\s+)?${NAME_WORD}){1,6}),\\s+${NOT_APPOSITION}(?:[^,;:]|,(?=\\d)){1,100}?,\\s+(?:${SPEAKER_VERBS})\\b`,
      "du",
    ),
    (_, tokens) => sayVerbAfterApposition(tokens),
  ],
  // "Carter's lawyer, Michael Brown, said his client …": the name after whose office it is, before a clause.
  // ("A spokesperson, Daniel Reyes, said", "The work and pensions secretary, Liz Kendall, told": engine read of stop 34.)
  // (After a quotation too: "“…,” Ofcom's online safety director, Oliver Griffiths, told reporters": engine read of stop 36.)
  // ("Our reporter in Plymouth, Gemma Lowe, says": engine read of stop 37; "A spokeswoman for the authority, Marieke van der
  // Berg, said": stop 43.)
  [new RegExp(`(?:^|[.!?]\\s+|${AFTER_QUOTE}|[”"»«]\\s*,\\s+)(?:(?:[Tt]he\\s+)?${NAME_WORD}['’]s|[Tt]he\\s+\\p{Ll}+['’]s|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\\s+(?:\\p{Ll}+\\s+){0,4}(?:${PERSONAL_OFFICES}|${LOWER_CASE_OFFICES}|reporter|correspondent)(?:\\s+(?:in|at|for|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*|\\p{Ll}{3,})(?:\\s+\\p{Lu}[\\p{L}-]*)?)?,\\s+((?=\\p{Lu}\\p{Ll})${NAME_RUN}),\\s+(?:${SPEAKER_VERBS})\\b`, "du"), (_, tokens) => sayVerbAfterApposition(tokens)],
  // "…,” the central bank's governor, Andrew Bailey, said on Thursday", "a historian, Henry Commager, said that …":
  // a name between commas right before the verb, where the verb ends the sentence or opens what was said
  // (German, after a few words of its own and a colon: "…, Kay Scheller, mahnte zur Sparsamkeit: „…“")
  // (German "…, Martin Giese, sagte, Deutschland habe …" opens it with a comma)
  // (also after to whom: "…, Janosch Dahmen, sagte der „Rheinischen Post“, die Regierung habe …")
  // (in "your campaign, Senator McCain, says more about …" the name is the one spoken to).
  [
    // The name starts like one ("Andrew", not the party tag "R-Ky." in "Sen. Rand Paul, R-Ky., wrote").
    new RegExp(`,\\s+((?=\\p{Lu}\\p{Ll})${NAME_RUN}),\\s+(?:${SPEAKER_VERBS})(?:\\s+(?:that|dass)\\b|,?\\s*[„"“:]|(?<=${GERMAN_CALLS})(?:\\s+[^\\s,.;:„"“]+){1,4}:|(?<=sagte|sagten|erklärte|erklärten|betonte|betonten|meinte|warnte|räumten?\\s+ein)(?:\\s+(?:der|dem)\\s+[^,.;:]{1,60})?,\\s|(?<=kritisierte|kritisierten|lobte|lobten|forderte|forderten|warnte|warnten|bestätigte|bestätigten)\\s+(?:die|den|das|der|eine|einen|mehr)\\s|(?:\\s+(?:on|in|at|am|im)\\s+[^,.;]{1,40}?)?[.!]?$)`, "du"),
    (_, tokens) => sayVerbAfterApposition(tokens),
  ],
  // The speaker after the verb has an article or a capital ("…“, so Nowak", "berichteten die indischen Medien",
  // "…, said Bush", "teilte ein Sprecher mit", "sagte vzbv-Chefin Ramona Pop"): English ", so we …" or ", so a …" is no attribution.
  // (Titles and initials keep their full stop: "sagte Studienleiterin Dr. med. Miriam Haberland", "said Prof. David M. Okonkwo".)
  // (An office in lower case before the name: "…,\" said transport chief Paul Brandt", "said council leader Marvin Rees": walk of stop 40.)
  [new RegExp(`(?:[“”"»«’]\\s*,?|,)\\s*(?:${SAY_VERBS})\\s+((?:der|die|das|den|the|ein|eine|einer)\\s+${NAME_CHAR}{1,120}?|(?<!\\bso\\s+)an?\\s+${NAME_CHAR}{1,120}?|(?:(?:\\p{Ll}+\\s+){0,2}(?:${ABBREVIATED_OFFICE}|(?:chief|${LOWER_CASE_OFFICES})\\s+))?(?!I\\b|I[’']\\p{L})(?:\\p{Lu}|\\p{Ll}+-\\p{Lu})${NAME_CHAR}{0,120}?)${STOP}`, "du"), sayVerbAfterCommaOrQuote],
  // "The report, published by the IMF in April, said …": the publisher is the source, not the report.
  [new RegExp(`\\b(?:${DATA_NOUNS}|study|paper|review|forecast|statement),\\s+(?:published|released|compiled|produced|commissioned|prepared|issued)\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?by\\s+(?:the\\s+)?(${NAME_RUN})[^,]{0,60},\\s+(?:${SPEAKER_VERBS}|${SHOWED})\\b`, "du"), (text) => PUBLISHED_BY.test(text)],
  // "Data from the Office for National Statistics show that …", "A 2021 investigation by the BBC found that …": who the data or the work is from.
  [new RegExp(`\\b(?:${DATA_NOUNS}|[Dd]ata|[Ff]igures|[Ss]tatistics|[Ss]tudy|[Ii]nvestigation|[Pp]oll|[Rr]eview|[Rr]esearch|[Aa]udit|[Ii]nquiry)\\s+(?:from|by)\\s+(?:the\\s+)?(${NAME_RUN})\\s+(?:${SHOWED}|found|finds|concluded|estimated)\\b`, "du"), (text) => FROM_OR_BY_THEN_FOUND.test(text)],
  // "…, the researchers found.": a study's authors, named after their finding (engine read of stop 38).
  // (And the work itself: "…, the report found.", engine read of stop 41.)
  [new RegExp(`,\\s*((?:the\\s+)?(?:study['’]s\\s+)?(?:researchers|scientists|authors|investigators|inspectors|auditors|(?:(?:new|latest|annual|joint|final)\\s+)?(?:report|study|survey|analysis|review|audit|inquiry)))\\s+(?:found|concluded|wrote|reported)[.!]?$`, "du"), (text) => /(?:found|concluded|wrote|reported)[.!]?$/.test(text)],
  // "…, AFP found.", "…, an AFP analysis found.": who found it, named at the end (engine read of stop 47).
  [new RegExp(`,\\s*(?:an?\\s+|the\\s+)?(${NAME_RUN})(?:\\s+(?:analysis|investigation|review|count|tally|survey|study))?\\s+(?:found|concluded)[.!]?$`, "du"), (text) => endsWithFound(text)],
  // "…, official data showed", "…, industry data showed on Monday": which kind of data, where no name is given.
  [new RegExp(`,\\s*((?:official|government|preliminary|provisional|latest|new|industry|market|trade|customs|shipping|tracking)\\s+(?:${DATA_NOUNS}))\\s+(?:${SHOWED})\\b`, "du"), (_, tokens) => dataThenShowed(tokens)],
  // "Dr. Anna Müller vom Robert Koch-Institut erklärte", "Jane Doe of the IMF said": the person, not where they work
  // (after a plain "of" comes a place as often: "King Abdullah of Jordan"); "Der Gesundheitsökonom Jonas Schreyögg von
  // der Universität Hamburg sagte" after an article and an office.
  [new RegExp(`(?:^|[.!?]\\s+)(?:(?:Der|Die|The)\\s+)?((?:(?:Dr|Prof)\\.\\s+)*(?!${OPENING_WORDS}\\s)${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:vom|von der|aus dem|of the|at|from)\\s+(?:the\\s+)?${NAME_RUN}\\s+(?:${SPEAKER_VERBS})\\b`, "du"), (_, tokens) => nameThenWhereThenSay(tokens)],
  // A press review's papers: "Die SÜDDEUTSCHE ZEITUNG sieht das anders: „…“", "Die RHEIN-ZEITUNG aus Koblenz findet: „…“",
  // "Im HANDELSBLATT heißt es: „…“" (engine read of stop 45: no claimant, the paper left in the wording).
  [new RegExp(`(?:^|[.!?]\\s+)(?:Die|Der|Das)\\s+(${NAME_RUN})(?:\\s+aus\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\([^()]{1,20}\\))?)?(?:\\s+schließlich)?\\s+(?:findet|sieht\\s+das\\s+(?:anders|ähnlich|so)|kommentiert|bemerkt|meint)\\s*:`, "du"), (text) => text.includes(":")],
  [new RegExp(`(?:^|[.!?]\\s+)(?:Im|In\\s+der|In\\s+dem)\\s+(${NAME_RUN})\\s+(?:heißt|hieß)\\s+es\\s*:`, "du"), (text) => text.includes(" es")],
  // "…, heißt es in einem Bericht der EU-Kommission": the body that wrote it.
  [new RegExp(`\\b(?:heißt|hieß) es\\s+(?:in|im|aus|bei)\\s+(?:(?:einem|einer|dem|der|den)\\s+)?\\p{Lu}[\\p{L}-]*\\s+(?:der|des|von|vom)\\s+((?:(?:der|des|dem)\\s+)?${NAME_RUN})`, "du"), (text) => text.includes(" es ")],
  // "according to a 2023 report by the Department of Transportation's inspector general", "according to a report released
  // Friday by Rentals.ca and Urbanation": who wrote it (engine read of stop 36: "a report released Friday by Rentals").
  [new RegExp(`\\b[Aa]ccording to\\s+(?:the\\s+|an?\\s+)?(?:\\d{4}\\s+)?(?:\\p{Ll}+\\s+)?(?:${DATA_NOUNS}|study|paper|review|poll|audit|plan)\\s+(?:(?:released|published|issued|compiled|commissioned|prepared)(?:\\s+(?:on\\s+)?(?:\\p{Lu}\\p{Ll}+|yesterday|today|last\\s+\\p{Ll}+|this\\s+\\p{Ll}+))?\\s+)?(?:by|from)\\s+(?:the\\s+)?(${NAME_RUN}(?:(?<=['’]s)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?(?=[,;.]|$))?)`, "du"), (text) => text.includes("ccording to")],
  // "according to separate data the Labor Department published Tuesday": who published it (engine read of stop 37).
  [new RegExp(`\\b[Aa]ccording to\\s+(?:the\\s+|an?\\s+)?(?:\\p{Ll}+\\s+){0,2}(?:${DATA_NOUNS}|study|paper|review|poll|audit)\\s+(?:that\\s+)?(?:the\\s+)?(${NAME_RUN})\\s+(?:published|released|issued|compiled|collected|reported|gathered)\\b`, "du"), (text) => text.includes("ccording to")],
  // (Not at a thousands comma: "according to a survey of 1,200 likely voters" named "a survey of 1", engine read of stop 45.)
  [new RegExp(`\\b(?:according to|[Aa]ccording to)\\s+((?:the\\s+)?${NAME_CHAR}{1,120}?)(?=,(?!\\d{3})|[;:]|(?<!${TITLE_OR_INITIAL}|\\p{Lu}\\.\\p{Lu})\\.|$)`, "du"), (text) => text.includes("ccording to")],
  [new RegExp(`(?:^|[.!?]\\s+|[,“”"»«’]\\s*)(${NAME_RUN})['’]s\\s+(?:\\p{Ll}+\\s+){0,2}(?:${DATA_NOUNS})\\s+(?:${SHOWED})\\b`, "du"), (text, tokens) => /['’]s\s/.test(text) && dataThenShowed(tokens)],
  // "…, Kpler data showed": the source's name in front of its data, no possessive.
  [new RegExp(`,\\s*(${NAME_RUN})\\s+(?:${DATA_NOUNS})\\s+(?:${SHOWED})\\b`, "du"), (_, tokens) => dataThenShowed(tokens)],
  // The name may follow an office written in lower case ("White House press secretary Karoline Leavitt said");
  // a group may have a capitalised adjective ("French officials said").
  // After an agency's dateline too: "NEW YORK (Reuters) - The World Health Organization said".
  [new RegExp(`(?:^|[.!?:]\\s+|\\s[-–—]+\\s+|,\\s*[“”"»«’]?\\s*(?:(?:and|but|und|aber)\\s+)?|[“”"»«’]\\s*,?\\s*|\\b(?:${LOWER_CASE_OFFICES}|${LOWER_CASE_BODIES})\\s+)((?:[Tt]he\\s+)?${NAME_RUN}|(?:[Tt]he\\s+|[Aa]n?\\s+|[Dd]ie\\s+|[Dd]er\\s+|[Ee]ine?\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}(?:(?!(?:and|but|or|und|aber|oder|that|which|who|when|if|as|because|dass|weil|wenn)\\s)\\p{Ll}+(?:['’]s)?\\s+){0,2}(?:${GROUP_NOUNS_ANY_CASE})${GROUP_PLACE})(?:\\s+\\([^()]{1,30}\\)|,\\s+(?:${AGE_OR_PARTY}),)?(?:\\s+(?:${BEFORE_SAY_ADVERBS})){0,2}\\s+(?:${SPEAKER_VERBS})\\b(?!\\s+(?:sich\\s+(?:(?:der|die|das)\\s|\\p{Lu})|er\\b))`, "du"), (_, tokens) => sayVerbAfterNameOrGroup(tokens)],
  // "Neustettens heutiger Bürgermeister Markus Feldl (CSU) sagte, …": a place's genitive and an adjective before the office (engine read of stop 47).
  [new RegExp(`^(?!${GENITIVE_ADVERBS}\\s)\\p{Lu}[\\p{L}-]*s\\s+(?:(?!(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen)\\s)\\p{Ll}[\\p{L}-]*(?:er|e|en|es|em)\\s+){1,2}(${NAME_RUN})(?:\\s+\\([^()]{1,30}\\))?\\s+(?:${SPEAKER_VERBS})\\b`, "du"), (text, tokens) => GENITIVE_OPENING.test(text) && sayVerbAfterNameOrGroup(tokens)],
  // "Der frühere Bundesfinanzminister Christian Lindner (FDP) erklärte, …": an article and an adjective before the office and name.
  [new RegExp(`(?:^|[.!?]\\s+)((?:Der|Die)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,2}${NAME_RUN})(?:\\s+\\([^()]{1,30}\\))?\\s+(?:${SPEAKER_VERBS})\\b`, "du"), (text, tokens) => (text.startsWith("De") || text.startsWith("Di") || text.includes(". D")) && sayVerbAfterNameOrGroup(tokens)],
  // "…, the consultancy Capital Economics said.", "…, the former president Donald Trump said": a name after what it is
  // (engine read of stop 44: no claimant); withoutTitle keeps the name.
  [new RegExp(`,\\s*([Tt]he\\s+(?:(?!${NOT_IN_BODY}\\s)\\p{Ll}[\\p{L}-]*\\s+){1,3}${NAME_RUN})\\s+(?:${ENGLISH_SPEAKER_VERBS})\\b`, "du"), (_, tokens) => englishSayVerbAfterTwoWords(tokens)],
  // "…, the committee said.", "The union has said …", "a Department of Health spokesperson said": a body named by its kind.
  [new RegExp(`(?:^|[.!?]\\s+|,\\s*)((?:[Tt]he|[Aa]n?)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+(?:(?:of|for)\\s+)?){0,3}(?:(?!${NOT_IN_BODY}\\s)\\p{Ll}+\\s+){0,2}(?!${NOT_IN_BODY}\\s)\\p{Ll}{3,})(?:\\s+(?:has|have|had))?\\s+(?:${ENGLISH_SPEAKER_VERBS})\\b`, "du"), (_, tokens) => englishSayVerbAfterTwoWords(tokens)],
  // "Critics say …", "Some analysts warn …": the plain "say", "warn", "argue" only after a group (after "I", "To", "Let's" it names nobody).
  [new RegExp(`(?:^|[.!?]\\s+|,\\s*)((?:[Tt]he\\s+|[Ss]ome\\s+|[Mm]any\\s+)?(?:\\p{Ll}+\\s+)?(?:${GROUP_NOUNS_ANY_CASE}))\\s+(?:${GROUP_VERBS})\\b`, "du"), (_, tokens) => groupThenSay(tokens)],
  // "Das teilte das Ministerium am Dienstag mit": the speaker after the verb, when no name came before it.
  [new RegExp(`\\b(?:teilte|teilten)\\s+((?:der|die|das|den|dem|ein|eine)\\s+[^,.;:]{1,120}?|\\p{Lu}[^,.;:]{0,120}?)(?:\\s+(?:am|im|vom|in|auf|bei|gegenüber)\\s+[^,.;:]{1,40}?)?(?:\\s+(?:nicht|zunächst|bislang|bisher))?\\s+mit\\b`, "du"), (text) => text.includes("teilte") && text.includes(" mit")],
  // The perfect: "Gestern hatte Rolfes noch erklärt, Wirtz sei nicht verkäuflich" (second engine read of stop 35: the
  // speaker of the sentence before had been taken); "Merz hatte im vergangenen Monat erklärt, …" (engine read of stop 43).
  [/\b(?:hatte|hat|hatten|haben)\s+((?:der|die)\s+[^,.;:]{1,60}?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:(?:noch|bereits|zuvor|schon|erst|auch|zudem|stets|(?:am|im|vor|in|bei|gegenüber)\s[^,.;:]{1,40}?)\s+)?(?:erklärt|betont|mitgeteilt|angekündigt|gewarnt|behauptet|kritisiert|berichtet)\s*[,:]/du, (text) => text.includes(" hat") || text.includes(" haben")],
  [/^((?:Der|Die|Das)\s+[^,.;:]{1,60}?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:hatte|hat|hatten|haben)\s+(?:(?:noch|bereits|zuvor|schon|erst|auch|zudem|stets|(?:am|im|vor|in|bei|gegenüber)\s[^,.;:]{1,40}?)\s+)?(?:erklärt|betont|mitgeteilt|angekündigt|gewarnt|behauptet|kritisiert|berichtet)\s*[,:]/du, (text) => text.includes(" hat") || text.includes(" haben")],
  [new RegExp(`^(${ZUFOLGE_SOURCE})\\s+zufolge\\b`, "du"), (text) => text.includes("zufolge")],
  // Inside the sentence: "…, hatte der Studie zufolge sogar ein um 41 Prozent geringeres Risiko" (engine read of stop 35).
  [/\s(?:dem|der|den)\s+(\p{Lu}[\p{L}-]*(?:\s+(?:des|der)\s+\p{Lu}[\p{L}-]*){0,1})\s+zufolge\b/du, (text) => text.includes("zufolge")],
  // "…, entschied der elfte Zivilsenat am Dienstag": a court's ruling after what it ruled (only there: "Daraufhin
  // entschied sich X, …" is a decision, not a statement).
  [new RegExp(`,\\s*entschied\\s+((?:der|die|das)\\s+[^,.;:]{1,80}?)${STOP}`, "du"), (text) => text.includes("entschied")],
  // "Kritik kam dagegen von der Deutschen Kreditwirtschaft: Das Urteil …": who the reaction came from, before what they said.
  [new RegExp(`^${CAME_FROM}((?:(?:der|dem|den)\\s+)?${NAME_RUN}):`, "du"), (text) => text.includes(" kam ")],
  // "Bundeskanzler Olaf Scholz zeigte sich zuversichtlich: Man habe …": who showed the stance before what they said.
  [new RegExp(`^(${NAME_RUN})\\s+${SHOWED_ITSELF}:`, "du"), (text) => text.includes(" sich ")],
  // "Parteichef Georg Maier räumte ein: „…“", "Kämmerer Matthias Nölke (FDP) verteidigte den Kurs: „…“": a name of two words
  // or more, a verb and a few words of its own, then a colon and the quotation (engine read of stop 47: no claimant).
  [new RegExp(`^(?:(?:Der|Die)\\s+)?((?!${OPENING_WORDS}\\s)${NAME_WORD}(?:\\s+(?:(?:von|der|des|für|of|for|the)\\s+)?${NAME_WORD}){1,4})(?:\\s+\\([^()]{1,30}\\))?\\s+(?!(?:von|der|des|für|und|of|for|the|and)\\s)\\p{Ll}[\\p{L}-]*(?:\\s+[^\\s,.;:„"“”»«]+){0,4}\\s*:\\s*[„"“»]`, "du"), (text) => COLON_QUOTE.test(text)],
  // "…, gab Jessen zu bedenken.", "…, gab das Unternehmen an.": the speaker of "gab … zu bedenken/an" after the verb.
  [new RegExp(GAVE_TO_CONSIDER, "du"), (text) => text.includes(" gab")],
  [new RegExp(STATES_FIRST, "du"), (text) => text.includes(" an,")],
  // "Der 67-Jährige sagte, …", "The 45-year-old said …": named by age (the name came in an earlier sentence).
  [/(?:^|[.!?]\s+)((?:Der|Die|The)\s+\d{1,3}-(?:[Jj]ährige|year-old))\s+(?:sagte|sagt|erklärte|betonte|said|says|told|added)\b/du, (text) => /\d-(?:[Jj]ährige|year-old)\s/.test(text)],
  // German puts the speaker after the verb when something else comes first: "Außerdem erklärte
  // Finanzminister Christian Lindner, …", "Gestern sagte Kanzler Olaf Scholz, …", "Zudem erklärte die Bundesbank, …".
  [new RegExp(`^${GERMAN_FRONT}\\s+(?:${GERMAN_CALLS}|behauptete|behaupteten|bestätigte|bestätigten|meinte|kritisierte|kritisierten)\\s+((?:der|die|das)\\s+[^,.;:]{1,80}?|\\p{Lu}[^,.;:]{0,80}?)[,:]\\s`, "du"), (_, tokens) => sayVerbWithinFront(tokens)],
  // A headline quoting its interviewee: "“We are not going to meet the 2030 target”: Interview with Fatih Birol", "„Wir
  // halten Kurs“ – Lindner im Interview" (engine read of stop 46: no claimant).
  [new RegExp(`^[„"“»][^„"“”«»]{3,200}[“"”«]\\s*[:–—-]\\s+(?:(?:An\\s+)?[Ii]nterview\\s+(?:with|mit)\\s+|Im\\s+Interview:?\\s+)(${NAME_RUN})(?:,|\\s*$)`, "du"), (text) => text.includes("nterview")],
  [new RegExp(`^[„"“»][^„"“”«»]{3,200}[“"”«]\\s*[:–—-]\\s+(${NAME_RUN})\\s+im\\s+Interview\\b`, "du"), (text) => text.includes(" im Interview")],
] as [RegExp, MayMatch][]).map(([pattern, mayMatch]) => [new RegExp(pattern.source, `${pattern.flags}g`), mayMatch]);

/** A verb of saying after the first word and within the first ten (the pattern's fronted phrase has at most ten words). */
function sayVerbWithinFront(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length && i <= 10; i++) if (tokens[i]!.info.flags & Flag.SayVerb) return true;
  return false;
}

const GENITIVE_OPENING = /^\p{Lu}\p{Ll}+s\s+\p{Ll}/u;
function endsWithFound(text: string): boolean {
  const end = text.trimEnd().replace(/[.!]$/, "");
  return end.endsWith(" found") || end.endsWith(" concluded");
}
/** A colon right before an opening quotation mark: "räumte ein: „…“" (a quotation introduced without a verb of saying). */
export const COLON_QUOTE = /:\s*[„"“»]/;
const LAUT_OR_NACH = /\b(?:[Ll]aut|[Nn]ach)\s/;
const FROM_OR_BY_THEN_FOUND = /\s(?:from|by)\s[^.;:]*\s(?:show|showed|shows|indicated|indicate|suggested|revealed|found|finds|concluded|estimated)\b/;
const PUBLISHED_BY = /,\s+(?:published|released|compiled|produced|commissioned|prepared|issued)\s/;
const SOURCE_NOUN_WORDS = new RegExp(SOURCE_NOUN_NAMES);
function mayPutSourceFirst(text: string): boolean {
  return text.includes("aut") || SOURCE_NOUN_WORDS.test(text);
}


import { Flag } from "./word-flags";
import { WordLexicon } from "./word-lexicon";

// Hand-written word lists for German and English news language. They name signals a fact-checker
// recognises; nothing here is learned from the evaluation data.

export const MONTHS =
  "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|" +
  "January|February|March|May|June|July|October|December";

export const WEEKDAYS =
  "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|" +
  "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** The nouns of German phrases that put a source first: "nach Angaben des X", "nach Informationen der X". */
// ("nach Zahlen des Statistischen Bundesamts", "nach Daten der …": engine read of stop 40.)
export const SOURCE_NOUNS = ["angaben", "informationen", "berechnungen", "berechnung", "schätzungen", "schätzung", "recherchen", "einschätzung", "ansicht", "zahlen", "daten", "erkenntnissen", "auskunft", "darstellung"];
/** German works named with their author after them ("einer Studie des IW", "laut einer Auswertung des Portals X"): one list for the claimant and the wording. */
export const GERMAN_WORKS =
  "Daten|Zahlen|Angaben|Umfragen?|Studien?|Analysen?|Auswertung(?:en)?|Erhebung(?:en)?|Untersuchung(?:en)?|Befragung(?:en)?|Statistik(?:en)?|Prognosen?|Bericht(?:s|e)?|Berechnung(?:en)?|Schätzung(?:en)?|Hochrechnung(?:en)?";
/** "laut X", "nach Angaben des X" …: the German phrases that put a source first (claimant and wording). */
/** The same nouns as they are written: "Angaben|Informationen|…". */
export const SOURCE_NOUN_NAMES = SOURCE_NOUNS.map((noun) => noun[0]!.toUpperCase() + noun.slice(1)).join("|");
export const SOURCE_FIRST = `[Ll]aut|[Nn]ach (?:${SOURCE_NOUN_NAMES}) (?:von|des|der|vieler|einiger|mehrerer|führender)`;
/**
 * A source put first before "zufolge": "Dem Bericht zufolge", "Einer Studie des IW zufolge", "Reuters zufolge". It opens
 * with an article or a name, never with a phrase of its own: in "Bei Generika sanken die Ausgaben dem Report zufolge
 * um 3 Prozent" the source stands in the middle (engine read of stop 33: the wording came out as "3 Prozent um").
 */
export const ZUFOLGE_SOURCE = "(?:(?:Dem|Der|Den|Einem|Einer|Eines)\\s+[^,.;:]{1,60}?|\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}(?:\\s+(?:in|aus)\\s+\\p{Lu}[\\p{L}.-]*)?)";
/** German finite verbs that follow a fronted source ("Laut X ist …"). */
export const AUXILIARIES = "ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|habe|sei|seien|gibt|gab|soll|sollen|kam|kamen|liegt|lag|plant|planen|will|wollen";
/** News agencies as datelines name them: "BRUSSELS (Reuters) - ", "Berlin (dpa) - ". */
export const AGENCIES = "Reuters|AP|AFP|dpa|Bloomberg|epd|KNA|APA|SDA|AFX|dpa-AFX|Xinhua|Interfax|TASS|ANSA|SID|EFE|PA|UPI|Kyodo|Yonhap";
/** What follows its source at the end of a German "wie …" clause: "wie das Ministerium mitteilte", "wie Daten von Kpler zeigen". */
export const LATE_SAY =
  "mitteilte|mitteilten|mitteilt|berichtete|berichteten|berichtet|sagte|sagten|erklärte|erklärten|betonte|meldete|meldet|" +
  "bestätigte|schrieb|zeigen|zeigten|zeigt|belegen|belegten";

/** Offices and roles written in lower case before a name: "press secretary Karoline Leavitt", "Council leader Tony Dyer", "resident Sarah Mills". */
export const LOWER_CASE_OFFICES = "secretary|spokesman|spokeswoman|spokesperson|minister|chairman|chairwoman|director|economist|analyst|adviser|advisor|official|leader|resident|councillor|councilor|executive|officer|commissioner|epidemiologist|professor|governor|" +
  // Occupations that name a speaker the same way ("meteorologist Jason Runyen said": engine read of stop 34).
  "meteorologist|forecaster|researcher|scientist|lawyer|attorney|physician|historian|strategist|prosecutor|engineer|consultant|" +
  // "The lead author, Dr. Elena Marchetti …, said", "Regional organiser Priya Nair said" (engine read of stop 35).
  "author|organiser|organizer|coordinator|manager|president|" +
  // "Conservative immigration critic Michelle Rempel Garner said", "Thunder coach Mark Daigneault said" (engine read of stop 36).
  "critic|coach|founder|candidate|activist|campaigner|expert|specialist|surgeon|neurologist|psychologist|lawmaker|legislator|ambassador|envoy|negotiator|superintendent|principal|columnist|commentator|pollster|captain|trainer|" +
  // "Shadow chancellor Mel Stride said", "Detective inspector Paul Varley said" (engine read of stop 38).
  "chancellor|inspector|detective|constable|sergeant|judge|mayor|senator|congressman|congresswoman|treasurer|registrar|coroner|" +
  // "council speaker Adrienne Adams said", "FAA administrator Chris Rocheleau" (engine read of stop 43).
  "speaker|administrator";

/** Academic titles written before a name with a full stop ("Dr. med.", "Prof. Dr.", "Dipl.-Ing."). */
export const ACADEMIC_TITLES = ["Dr", "Prof", "med", "phil", "rer", "nat", "Dipl", "Ing", "habil", "jur", "dent", "vet", "Mag"];
/** Forms of address and offices abbreviated before a name ("Mr.", "Sen.", "Lt."). */
export const ADDRESS_ABBREVIATIONS = ["Mr", "Mrs", "Ms", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Det", "Insp", "Supt", "Sgt"];
// Titles and initials end no speaker's name with their full stop ("Prof. Dr. Hans Meier", "David M. Okonkwo").
export const TITLE_OR_INITIAL = `(?:^|\\s)(?:${[...ACADEMIC_TITLES, ...ADDRESS_ABBREVIATIONS].join("|")}|\\p{Lu})`;
// Any character of a speaker's description after the verb: no punctuation, but the full stop of a title or an initial.
// ("U.S. Geological Survey": the dots of a dotted abbreviation too.)
// (A dot inside a web name: "Rentals.ca", "Amazon.com": engine read of stop 36.)
export const NAME_CHAR = `(?:[^,.;:]|(?<=${TITLE_OR_INITIAL})\\.(?=\\s)|(?<=\\p{L})\\.(?=(?:ca|com|de|org|net|uk|io|fr|ch|at)\\b)|(?<=(?:^|[\\s(])\\p{Lu})\\.(?=\\p{Lu}\\.)|(?<=\\p{Lu}\\.\\p{Lu})\\.(?=\\s))`;

/** Offices abbreviated before a name in wire copy ("said Sen. Jane Doe, D-Mass."), with the space after them. */
export const ABBREVIATED_OFFICE = "(?:Sen|Rep|Gov|Gen|Lt|Col|Adm|Amb|Dr|Prof|Mr|Mrs|Ms)\\.\\s+";

/** Verbs of saying, for attribution and claimants ("sagte X", "X said"). */
export const SAY_VERBS =
  // ("räumte" only as "räumte … ein", conceded: SPEAKER_VERBS in claimant-patterns.ts.)
  "sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont|gewarnt|räumte|räumten|berichtete|berichteten|berichtet|äußerte|äußerten|" +
  "schrieb|schrieben|schreibt|schreiben|teilte|teilten|kündigte|verkündete|warnte|warnten|warnen|sagen|erklären|betonen|forderte|meinte|hieß|so|bestätigte|bestätigten|meldete|meldeten|forderten|mahnte|mahnten|widersprach|widersprachen|widerspricht|fügte|fügten|bestritt|bestritten|bestreitet|entgegnete|entgegneten|entgegnet|konterte|konterten|ergänzte|ergänzten|urteilte|urteilten|behauptete|behaupteten|behauptet|kritisierte|kritisierten|schätzt|schätzte|schätzen|schätzten|prognostiziert|prognostizierte|prognostizieren|kommentiert|kommentierte|meint|warnt|mahnt|ergänzt|bestätigt|meldet|" +
  "said|says|told|stated|added|wrote|reported|announced|warned|claimed|argued|noted|insisted|estimate|estimates|estimated|confirmed|cautioned";

/**
 * Capitalised words that open a sentence or a phrase but are no part of a name after them: articles,
 * pronouns, prepositions, connectives, determiners ("The Bank", "Laut Bundesbank", "In Berlin, …",
 * "However, …", "Diese Fakten, …"). English and German, as they are written at a sentence's start.
 */
export const PHRASE_OPENERS = (
  "The A An This That These Those Its His Her Their Our In On At For From By With And But Or As Yesterday Today After Before During Since Under Over " +
  "However Yet So Still Meanwhile Moreover Instead Indeed Last Next Both All Many Some Most Several " +
  "Der Die Das Den Dem Des Ein Eine Einer Laut Nach Wie Bei Von Mit Für Und Auch Aber Heute Gestern Im Am Vor Seit Aus Zu Zum Zur Um Durch Gegen Ohne Unter Über " +
  "Trotz Wegen Während Doch Zudem Allerdings Jedoch Dennoch Trotzdem Inzwischen Damals Diese Dieser Dieses Jene Alle Viele Einige Beide " +
  "Außerdem Ferner Gleichzeitig Unterdessen Indes Dann Danach Später Zuvor Daher Deshalb Deswegen Dabei Damit " +
  "Tatsächlich Daraufhin Zuletzt Bereits Nun Jetzt Erst Schon Immerhin Offenbar Demnach Mittlerweile Derzeit Bislang Bisher Zugleich Ebenfalls Anschließend Schließlich Letztlich Insgesamt Hingegen Dagegen Kürzlich Zunächst"
).split(" ");

/** Groups that speak as one ("industry sources said", "Kritiker warnen"), for claimants and wording. */
export const GROUP_NOUNS =
  "sources|source|officials|official|analysts|analyst|experts|expert|diplomats|diplomat|traders|trader|economists|economist|think tanks|think tank|council|councils|" +
  "insiders|insider|executives|executive|people familiar with the matter|person familiar with the matter|ministry|government|" +
  "company|police|gardaí|gardai|military|agency|minister|spokesperson|spokesman|spokeswoman|critics|opponents|supporters|scientists|researchers|doctors|" +
  "campaigners|activists|residents|witnesses|prosecutors|prosecutor|investigators|authorities|lawyers|regulators|lawmakers|brokers|bankers|investors|dealers|observers|agencies|companies|ministries|governments|banks|unions|charities|businesses|retailers|landlords|farmers|teachers|nurses|Ermittler|Behörden|Staatsanwälte|Kritiker|Ökonomen|Fachleute|Wissenschaftler|Forscher|Gewerkschaften|Quellen|Kreise|Beobachter|Experten|Analysten|Diplomaten";

export const TITLES =
  "Minister|Ministerin|Präsident|Präsidentin|Premierminister|Premierministerin|Premier|Außenminister|" +
  "Verteidigungsminister|Energieminister|Finanzminister|Innenminister|Wirtschaftsminister|Amtskollegen|Amtskollege|" +
  "Kanzler|Kanzlerin|Bundeskanzler|Bundeskanzlerin|Sprecher|Sprecherin|Chef|Chefin|Botschafter|Generalsekretär|" +
  "Abgeordnete|Abgeordneter|Bürgermeister|Bürgermeisterin|Professor|Professorin|Dr\\.|Prof\\.|" +
  "President|Prime Minister|Minister|Secretary|Senator|Governor|Mayor|Chancellor|spokesman|spokeswoman|" +
  "Chair|Chairman|Chairwoman|Speaker|Administrator|Director|Manager|Commissioner|Ambassador|Vice President|Attorney General|Leader|Chief Justice|Justice|Sheriff|Fire Chief|Police Chief|" +
  "spokesperson|CEO|Chief Executive Officer|Chief Executive|Chief Economist|Chief Financial Officer|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Mr|Mrs|Ms|Dr|Judge|Richter|Richterin|" +
  // US wire copy abbreviates offices before a name: "said Sen. Jane Doe, D-Mass."
  "Sen\\.|Rep\\.|Gov\\.|Gen\\.|Lt\\.|Col\\.|Adm\\.|Amb\\.|Det\\.|Insp\\.|Supt\\.|Sgt\\.|Ch\\.|" +
  // British local papers write a councillor's title short: "Cllr Mark Weston" (engine read of stop 40).
  "Cllr|" +
  // English writes an office in lower case after what it heads: "Opposition leader Harriet Cole", "chief economist Jane Doe",
  // "lead author Ingrid Solberg" (engine read of stop 34).
  "leader|secretary|economist|analyst|superintendent|chairman|chairwoman|commissioner|governor|mayor|senator|ambassador|author|chief executive|" +
  // Local offices (walk of stop 37: "Council member James Ortiz disagreed." named nobody, so his "he said" went to the mayor).
  "Council member|council member|Councilmember|Councilman|Councilwoman|Councillor|councillor|Councilor|councilor|Assemblyman|Assemblywoman|Alderman|Alderwoman|" +
  // Police ranks and a team's coach (engine read of stop 46: "Detective Inspector Paul Graves" named nobody, so his "he said" went to another).
  "Detective Chief Inspector|Detective Inspector|Detective Sergeant|Detective Superintendent|Chief Constable|Chief Inspector|Coach|coach";

/** Evaluation, feeling and emphasis: the language of opinion. */
export const EVALUATIVE = new Set(
  ("gut gute guten gutes schlecht schlechte schlimm schlimme schön schöne wichtig wichtige wichtigen wichtigsten " +
    "skandalös skandal unglaublich unglaubliche großartig großartige katastrophal katastrophale absurd absurde " +
    "lächerlich peinlich gefährlich gefährliche richtig falsch fatal dramatisch dramatische massive massiven " +
    "enorm enorme erfreulich bedauerlich leider hoffentlich glücklicherweise natürlich offensichtlich klar eindeutig " +
    "äußerst extrem sehr besonders völlig absolut total wahrhaft wahre echte beeindruckend positiv negativ " +
    // Criticism and confidence reported from a speaker (walk of stop 32: "X kritisierte, die Sanierungen kämen
    // viel zu spät", "sie sei zuversichtlich" were check-worthy claims): an opinion, not a checkable fact.
    "kritisierte kritisierten bemängelte bemängelten beklagte beklagten zuversichtlich optimistisch pessimistisch enttäuscht " +
    "good bad great terrible awful wonderful important crucial outrageous ridiculous absurd shameful dangerous " +
    "amazing incredible excellent disastrous unfortunately fortunately hopefully clearly obviously really very " +
    "extremely truly deeply utterly strong weak best worst beautiful ugly brilliant stupid wrong right unfair fair " +
    // Stance adverbs and verdicts of a writer (engine read of stop 33: "Frankly, … has been disappointing", "Das ist längst überfällig").
    "frankly honestly disappointing shocking disgraceful overdue regrettable welcome " +
    "überfällig enttäuschend armutszeugnis beschämend unverantwortlich")
    .split(" "),
);

export const HEDGES = new Set(
  ("vielleicht möglicherweise wahrscheinlich vermutlich offenbar anscheinend angeblich scheinbar wohl eventuell " +
    "könnte könnten dürfte dürften müsste müssten sollte sollten würde würden kann können mag möge " +
    "perhaps maybe probably possibly likely unlikely apparently allegedly seemingly could would should might may must " +
    "ought seems seem appears suggest suggests believe believes think thinks hope hopes feel feels " +
    // "Ich finde, …", "ich glaube", "meines Erachtens": a writer's own view.
    "finde glaube denke erachtens")
    .split(" "),
);

export const FIRST_PERSON = new Set("ich wir mir mich uns unser unsere meine mein i we me us our my".split(" "));

export const PREDICTION = new WordLexicon(
  Flag.Prediction,
  "wird|werden|dürfte|dürften|will|going to|is expected to|soll|sollen|künftig|in zukunft",
);

export const CAUSAL = new WordLexicon(
  Flag.Causal,
  "weil|da|denn|wegen|aufgrund|infolge|führte zu|führten zu|führt zu|verursacht|deshalb|daher|dadurch|because|" +
    "due to|caused|led to|leads to|as a result|therefore|thanks to",
  "",
  // "Da gibt es nichts schönzureden", "da hilft nur …": "da" before its verb is "there", not "since" (engine read of stop 47).
  ["da>gibt gab ist war sind waren hat hatte haben kann können konnte muss müssen wird werden wurde bleibt blieb geht ging kommt kam steht stand liegt lag hilft half fehlt fehlte zeigt zeigte lässt ließ"],
);

export const COMPARISON = new WordLexicon(
  Flag.Comparison,
  "mehr als|weniger als|über|unter|rund|fast|knapp|doppelt so|halb so|höher als|niedriger als|als je zuvor|" +
    "more than|less than|fewer than|over|under|nearly|almost|about|twice|half|higher than|lower than|than ever",
  // Prepositions and adverbs that compare only a number ("über 50 Prozent"; not "über die Elbe", "talk about").
  "über|unter|rund|fast|knapp|over|under|nearly|almost|about",
);

// Superlatives and ordinal ranks: "zweitgrößte", "meisten", "second-largest", "record". Not "jüngsten",
// "letzten": in news they mean "recent", "last" ("bei den jüngsten Gesprächen"), not a ranking.
const GERMAN_SUPERLATIVE =
  /^(?:zweit|dritt|viert)?(?:größt|höchst|stärkst|wichtigst|meist|niedrigst|kleinst|ältest|best|schlechtest|bevölkerungsreichst|reichst|ärmst|schnellst|teuerst|billigst|erst)(?:e|en|er|es|em)$/;
const ENGLISH_SUPERLATIVE = /^(?:(?:second|third)-?)?(?:largest|biggest|highest|lowest|record|[a-z]{2,}est)$/;
// English words that end in "-est" without being superlatives.
const NOT_SUPERLATIVE = new Set(
  ("interest interests protest protests suggest request forest harvest arrest invest manifest contest digest honest " +
    "modest west rest test guest chest nest quest conquest unrest inquest earnest behest bequest divest " +
    "attest detest infest northwest southwest midwest priest tempest budapest bucharest everest").split(" "),
);

/** True for a lower-cased word that is a superlative or an ordinal rank. */
export function isSuperlative(word: string): boolean {
  if (word === "meisten") return true;
  // "Rekord", "Rekordniveau", "rekordhohe": the German "record" (engine read of stop 41).
  if (word.startsWith("rekord")) return true;
  if (GERMAN_SUPERLATIVE.test(word)) return true;
  return ENGLISH_SUPERLATIVE.test(word) && !NOT_SUPERLATIVE.has(word);
}

/** Completed events: things that happened and can be checked ("startete", "angegriffen", "killed"). */
export const EVENT = new WordLexicon(
  Flag.Event,
  "startete|starteten|griff|griffen|angegriffen|getötet|ums leben|verletzt|festgenommen|verhaftet|unterzeichnet|" +
    "unterzeichnete|beschlossen|beschloss|gewählt|gewann|verlor|eröffnet|geschlossen|importiert|exportiert|geliefert|" +
    "erworben|gestiegen|gesunken|stieg|sank|verdoppelt|launched|attacked|killed|died|injured|arrested|signed|passed|" +
    "elected|won|lost|opened|closed|imported|exported|delivered|rose|fell|increased|decreased|doubled|announced|" +
    // Courts' and parliaments' decisions: "für verfassungswidrig erklärt", "kippt", "verurteilt", "ruled", "convicted".
    "verfassungswidrig|rechtswidrig|kippt|kippte|gekippt|verurteilt|verurteilte|freigesprochen|entschied|urteilte|urteilten|verabschiedet|verabschiedete|" +
    "ruled|convicted|sentenced|acquitted|overturned",
);

/** Organisations named by two words, by their first word. */
// (Germany's largest union is "IG Metall", not the organisation "IG": engine read of stop 43.)
export const ORGANISATION_PHRASES = new Map([["Vereinte", "Nationen"], ["United", "Nations"], ["Europäische", "Union"], ["European", "Union"], ["White", "House"], ["Weißes", "Haus"], ["IG", "Metall"]]);

/** Lower-cased month and weekday names: a unit without them or a digit holds no date. */
export const DATE_WORDS = new Set(`${MONTHS}|${WEEKDAYS}`.toLowerCase().split("|"));

export const NUMBER_WORDS = new Set(
  ("zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig hundert tausend two three four five six seven eight nine ten eleven twelve twenty hundred thousand " +
    // "etwa fünfmal so viel wie Deutschland": German multiples are comparisons of numbers too.
    // "mehr als eine Milliarde Euro" (only the German words: English "million" without digits stays as the model learned it).
    "milliarde milliarden millionen billionen hälfte drittel " +
    "doppelt zweimal dreimal viermal fünfmal zehnmal hundertmal doppelte doppelten dreifache vierfache fünffache zehnfache").split(" "),
);

/**
 * German offices are compounds ("Bundesfinanzminister", "Commerzbank-Chefvolkswirt", "Regierungssprecher"):
 * a word ending in one of these is a title too (lower-cased endings; the person pattern and the claimant's
 * title removal use them).
 */
export const TITLE_ENDINGS =
  "minister|ministerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|vize|volkswirt|volkswirtin|kanzler|kanzlerin|botschafter|botschafterin|direktor|direktorin|vorsitzende|vorsitzender|" +
  "bürgermeister|bürgermeisterin|landrat|landrätin|rätin|forscher|forscherin|ökonom|ökonomin|experte|expertin|politiker|politikerin|virologe|virologin|wirtschaftsweise|wirtschaftsweiser|" +
  // (engine read of stop 33: "Die Wehrbeauftragte Eva Högl", "Nato-Generalsekretär Mark Rutte", "Verfassungsrichterin Doris König";
  // not "Richter", "Pfleger" or "Lehrer" alone: they are surnames too, as in "Anja Richter")
  "sekretär|sekretärin|beauftragte|beauftragter|richterin|verfassungsrichter|bundesrichter|amtsrichter|strafrichter|anwalt|anwältin|leiter|leiterin|senator|senatorin|abgeordnete|abgeordneter|" +
  // Occupations named before a person in news ("die Hebamme Anja Richter", "der Landwirt Jan Peters").
  "hebamme|arzt|ärztin|pflegerin|lehrerin|landwirt|landwirtin|unternehmer|unternehmerin|anwohner|anwohnerin|" +
  // (engine read of stop 35: "Analystin Carolin Dettmer", "der frühere Weltmeister Sven Kittelmann", "Epidemiologe Jonas Petersen")
  "analyst|analystin|epidemiologe|epidemiologin|mediziner|medizinerin|trainer|trainerin|weltmeister|weltmeisterin|europameister|europameisterin|olympiasieger|olympiasiegerin|" +
  // (engine read of stop 36: "Nationalmannschaftskapitän Johannes Golla", "Torhüter Andreas Wolff", "Hauptgeschäftsführer Dirk Jandura")
  "kapitän|kapitänin|torhüter|torhüterin|geschäftsführer|geschäftsführerin|stürmer|stürmerin|spielerin|vorstand|aufsichtsratschef|" +
  // (walk of stop 37: "Oppositionsführer Markus Brandt", "Finanzvorständin Sabine Meißner", "Verteidiger Markus Reinholz")
  "oppositionsführer|oppositionsführerin|fraktionsführer|fraktionsführerin|vorständin|verteidiger|verteidigerin|staatsanwalt|staatsanwältin|" +
  // (engine read of stop 40: "Regierungsrat Peter Peyer" in Swiss, "Landesrätin …" in Austrian news had no person)
  "regierungsrat|regierungsrätin|stadtrat|stadträtin|gemeinderat|gemeinderätin|nationalrat|nationalrätin|ständerat|ständerätin|landesrat|landesrätin|bundesrätin|landeshauptmann|landeshauptfrau|" +
  // (engine read of stop 44: "Ortsvorsteherin Gisela Hummel (Freie Wähler)" was the claimant whole)
  "vorsteher|vorsteherin|" +
  // (engine read of stop 45: "AfD-Spitzenkandidat Ulrich Siegmund", "Landeschefin", "Kämmerer Thomas Deißler" kept their title)
  "kandidat|kandidatin|kämmerer|kämmerin|wahlleiter|wahlleiterin|" +
  // (engine read of stop 47: police ranks "Polizeioberkommissar Stefan Kreuzer", "Kriminalhauptkommissarin Jana Roth", "Polizeihauptmeister Uwe Kern")
  "kommissar|kommissarin|polizeihauptmeister|polizeihauptmeisterin|polizeimeister|polizeimeisterin|polizeirat|polizeirätin|polizeidirektor|polizeidirektorin";
export const ENDS_WITH_TITLE = new RegExp(`(?:${TITLE_ENDINGS})$`, "i");

/** First words of TITLES, lower-cased: the person pattern runs only where one occurs. */
export const TITLE_WORDS = new Set(
  TITLES.replace(/\\\./g, "").toLowerCase().split("|").map((title) => title.split(" ")[0]!),
);


/** Positions, plans and dependencies of named actors: statements of fact about them, checkable. */
export const STANCE = new WordLexicon(
  Flag.Stance,
  "plant|planen|planten|betrachtet|betrachten|angewiesen|unterhält|unterhalten|bekräftigt|bekräftigten|vereinbart|vereinbarten|" +
    "plans|planned|considers|regards|relies on|depends on|agreed|pledged",
);

// "Kritik kam dagegen von der Deutschen Kreditwirtschaft: …": a reaction and whom it came from, before what they said.
export const CAME_FROM = "(?:Kritik|Lob|Widerspruch|Zustimmung|Unterstützung|Applaus)\\s+kam\\s+(?:\\p{Ll}+\\s+)?(?:von|vom)\\s+";

// What kind of body a name is, in lower case before it ("mortgage finance company Freddie Mac said",
// "The rail union RMT said"); a wording's "it" may stand for such a speaker (wording-front.ts).
export const LOWER_CASE_BODIES = "company|firm|group|union|agency|carrier|operator|maker|manufacturer|lender|insurer|retailer|bank|regulator|watchdog|body|association|federation|charity";
/** Whom a group speaks for, in lower case after "for the" ("A spokesperson for the university said": engine read of stop 47). */
export const SPOKEN_FOR_BODIES = `${LOWER_CASE_BODIES}|university|ministry|department|council|government|police|hospital|club|party|school|board|authority|commission|court|embassy|airline|campaign|team|league`;

// "Bundeskanzler Olaf Scholz zeigte sich zuversichtlich: …": a stance shown before what was said.
export const SHOWED_ITSELF = "zeigten?\\s+sich\\s+\\p{Ll}+";

/** "…, gab Jessen zu bedenken.", "…, gab das Unternehmen an.": a German "gab … zu bedenken/an" with its speaker after the verb (engine read of stop 47). */
export const GAVE_TO_CONSIDER = ",\\s*gab(?:en)?\\s+((?:der|die|das)\\s+[^,.;:]{1,80}?|\\p{Lu}[^,.;:]{0,80}?)\\s+(?:zu bedenken|an)[.!]?$";
/** "Die Autoren geben an, der Geldgeber habe …": a German "gibt … an" (states) with its speaker first (engine read of stop 47). */
export const STATES_FIRST = "^((?:Der|Die|Das)\\s+[^,.;:]{1,60}?|\\p{Lu}[^,.;:]{0,60}?)\\s+(?:gibt|geben|gab|gaben)\\s+an,\\s";

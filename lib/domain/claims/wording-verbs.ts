import { WEEKDAYS } from "./lexicon";
// The verbs of saying as the wording patterns read them (suggested-wording.ts): before or after their speaker,
// with whom it was told to, where and when. German in the present too ("…“, sagt die 67-Jährige": local news, engine read of stop 39).

// "told The Associated Press that …": a name of several words too; "told a Senate committee" (engine read of stop 41).
// An outlet by its kind before its name: "told Spanish radio station Cadena SER" (engine read of stop 47: the wording kept
// "radio station Cadena SER on 9 June that …", the name before it taken for whom it was told).
const TOLD_OUTLET = "(?:(?:[Tt]he|a)\\s+)?(?:\\p{Lu}\\S*\\s+)?(?:\\p{Ll}+\\s+){0,2}(?:station|broadcaster|channel|newspaper|paper|agency|magazine|outlet|website|network|daily|podcast|programme|program|show|radio|television)\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){0,3}";
export const TOLD_WHOM = `told\\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|parliament|councillors|councilors|investors|analysts|shareholders|delegates|MPs|senators|the court|the committee|the hall|(?:a|the)\\s+(?:news|press)\\s+(?:conference|briefing)|(?:a|the)\\s+(?:\\p{Lu}\\S*\\s+){1,3}(?:committee|subcommittee|hearing|panel|inquiry)|${TOLD_OUTLET}|(?:[Tt]he\\s+)?\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){0,3})`;
export const ENGLISH_SAY = "said|says|claimed|added|stated|noted|argued|wrote|reported|announced|warned|insisted|estimated?|estimates";
export const ENGLISH_SAY_CLAUSE = "said|says|claimed|added|stated|argued|wrote|warned|insisted";
export const GERMAN_SAY = "räumte|räumten|sagte|sagten|sagt|sagen|erklärt|betont|warnt|berichtet|berichten|schreibt|schreiben|kritisiert|bestätigt|meint|meinte|meinten|fügte|fügten|urteilte|urteilten|entschied|behauptete|behaupteten|kritisierte|kritisierten|erklärte|erklärten|betonte|betonten|berichtete|berichteten|schrieb|schrieben|warnte|warnten|bestätigte|äußerte|äußerten|teilte|teilten";
export const SAY = `${GERMAN_SAY}|told|${ENGLISH_SAY}`;
// What may follow a trailing verb of saying: whom it was told to, where and when ("told reporters in
// Moscow on Tuesday", "outside Downing St. on Monday": a full stop before a lower-case word ends no sentence),
// never a clause of its own (", the ministry said 14 soldiers were killed").
export const SAID_WHERE_OR_WHEN =
  // One optional phrase to the end, not a repeated group: "in a in a in a …" must not be split every which way.
  // (German names whom it was said to in the dative: "sagte er der Deutschen Presse-Agentur", "dem Sender n-tv", engine read of stop 36.)
  // ("he told the meeting", "he told the BBC", "she told the Financial Times": walk and engine read of stop 40.)
  "(?:\\s+(?:reporters|journalists|lawmakers|analysts|investors|shareholders|supporters|delegates|MPs|\\p{Lu}\\S*|the\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){0,3}|the\\s+(?:meeting|hearing|committee|court|conference|council|assembly|crowd|audience|inquiry|tribunal|chamber|summit|rally|jury|newspaper|paper|programme|program|broadcaster)|(?:der|dem|unserer|unserem)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,2}))?(?:\\s+(?:in|on|at|during|after|before|late|early|last|this|outside|inside|near|am|im|vor|nach|mit|with)\\s(?:(?!that\\b|dass\\b)(?:[^,.;!]|\\.(?=\\s*\\p{Ll}))){1,40})?";
// Why a speaker is not named, or what they went on to do: "…, the spokeswoman said, declining to be named.",
// "…, the World Health Organization said on Wednesday, urging countries to step up vaccination."
export const UNNAMED = "(?:,\\s+(?:declining to be (?:named|identified)|speaking on (?:the )?condition of anonymity|speaking anonymously|who (?:declined|asked) not to be (?:named|identified)|(?:urging|calling (?:on|for)|citing|warning|noting|pointing to|referring to)\\s[^,;]{1,100}|(?:his|her|their)\\s+\\p{L}+\\s+\\p{L}+ing\\b[^,;]{0,40}))";
// A verb of saying after its speaker, "told" with whom it was told to ("told supporters", "told the BBC").
export const SAID_OR_TOLD = `${TOLD_WHOM}|told\\s+(?:the\\s+)?\\p{L}+|${SAY}`;
// A German speaker in the perfect before what they said: "Gestern hatte Rolfes noch erklärt, …", "Die Regierung hat
// zuvor betont, …" (second engine read of stop 35).
export const GERMAN_PERFECT_SPEAKER =
  /^(?:(?:Gestern|Zuvor|Bereits|Schon|Zuletzt|Damals)\s+)?(?:(?:hatte|hat|hatten|haben)\s+[^,]{1,60}?|[^,]{1,60}?\s+(?:hatte|hat|hatten|haben)(?:\s+(?:noch|bereits|zuvor|schon|erst|auch|zudem|stets|(?:am|im|vor|in|bei|gegenüber)\s[^,]{1,40}?))?)\s+(?:erklärt|betont|mitgeteilt|angekündigt|gewarnt|behauptet|kritisiert|berichtet)\s*,\s+(?!dass\b)/u;

// After the verb: when and where it was said ("sagte am Mittwoch in Berlin, …", "said in a statement that …"),
// and German to whom or with which adverb ("sagte der Bild-Zeitung, …", "sagte zudem, …"). Not a verb's
// separable particle: in "sagte den Besuch ab, …" the verb is "absagen".
// A German "dass" clause puts its verb last ("…, dass die Preise gestiegen sind"): those are german-dass-clause.ts's.
// ("fügte hinzu, …": the one separable verb of saying; "sagte letzte Woche in Brüssel, …": engine read of stop 43.)
export const GERMAN_SAID_HOW =
  "(?:\\s+hinzu(?=,)|\\s+(?:am|im|in|auf|bei|vor|gegenüber|nach)\\s[^,]{1,50}(?=,)" +
  "|\\s+(?:der|dem|den|zudem|außerdem|auch|weiter|ferner|später|zuvor|dazu|damals|gestern|heute|kürzlich|letzte|vergangene|vorige|jedoch|aber|allerdings|dagegen|hingegen|erneut)(?:\\s[^,]{1,50})?(?<!\\s(?:ab|zu|an|mit|auf|vor|aus|bei|fest))(?=,))?";
// "Maersk, the world's second-largest container carrier, said on Friday it would …": when, before what was said.
// With a time of day: "said on Tuesday evening that", "said yesterday afternoon that" (engine read of stop 35).
// ("said last Tuesday that", "said two days ago that": engine read of stop 43, the date had been left with a bare "that".)
export const ENGLISH_SAID_WHEN = `(?:\\s+(?:on\\s+|last\\s+|this\\s+(?:past\\s+)?)?(?:${WEEKDAYS})|\\s+(?:last|this)\\s+(?:week|month|year|weekend|night|morning|afternoon|evening)|\\s+(?:yesterday|today|earlier\\s+today|earlier\\s+this\\s+(?:week|month|year)|(?:a|one|two|three|four|five|six|seven|ten|\\d{1,2})\\s+(?:days?|weeks?|months?)\\s+ago))(?:\\s+(?:morning|afternoon|evening|night))?`;
// ("said after that decision that …": engine read of stop 38.)
// ("said in a statement it welcomed …": the statement named, then what was said without "that"; engine read of stop 47.)
export const ENGLISH_SAID_HOW = "(?:\\s+in\\s+(?:a|an|its|his|her|their)\\s+(?:written\\s+)?(?:statement|interview|post|letter|email|e-mail|release|press release|note|filing|speech)(?=\\s+(?:it|he|she|they|the|its|his|her|their)\\s)|\\s+(?:on|at|in)\\s[^,]{1,50}(?=,)|\\s+(?:in|on|at|during|for|after|before|following|ahead of|in response to)\\s[^,]{1,50}?(?=\\s+that\\s))?";

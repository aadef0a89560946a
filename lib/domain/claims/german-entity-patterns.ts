// German patterns of findEntities (entities.ts): names that begin with a capitalised adjective, and relative periods.

// A German period named relative to the article's date is a date too ("im vergangenen Jahr", "des Vorjahres"): the
// news it dates is as checkable as with the year written (engine read of stop 41).
export const GERMAN_RELATIVE_PERIOD = /\b(?:[Vv]ergangene[nmrs]?|[Ll]etzte[nmrs]?|[Kk]ommende[nmrs]?|[Nn]ächste[nmrs]?|[Dd]iese[nmrs]?)\s(?:Jahr|Jahres|Monat|Monats|Woche|Quartal|Quartals)\b|\b(?:Vorjahr|Vorjahres|Vormonat|Vormonats|Vorwoche)\b/gu;

// German writes an adjective inside a noun phrase in lower case ("die deutsche Wirtschaft"); capitalised after an
// article it is part of a name: "die Deutsche Bahn", "der Europäischen Zentralbank", "beim Statistischen Bundesamt"
// (engine read of stop 41: "Die Deutsche Bahn hat … so viele Verspätungen verzeichnet wie nie zuvor" named nobody).
const GERMAN_ARTICLES = new Set(["der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des", "beim", "Beim", "zum", "Zum", "zur", "Zur", "vom", "Vom", "im", "Im", "am", "Am"]);
// Only endings no plural noun has ("-ische", not "-ale": "den Notfallzentralen"; not "-sche": "die Forscher").
const NAME_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+isch|Deutsch|National|International|Sozial|Regional|Kommunal|Federal|Zentral|Königlich|Staatlich|Städtisch|Vereint|Rot|Weiß|Neu|Frei|Grün|Hoh|Oberst)e[nrs]?$/u;

/** Whether `word` after `before` starts a name such as "die Deutsche Bahn" (the next word, capitalised, ends it). */
export const isGermanNameStart = (before: string, word: string): boolean => GERMAN_ARTICLES.has(before) && NAME_ADJECTIVE.test(word);

import { WEEKDAYS } from "./lexicon";
// "gestern", "yesterday": a day named relative to the article's publication date, written as that date
// in a suggested wording (the verbatim text keeps its words).

const RELATIVE = {
  de: { gestern: -1, heute: 0, morgen: 1, vorgestern: -2 } as Record<string, number>,
  en: { yesterday: -1, today: 0, tomorrow: 1 } as Record<string, number>,
};
// "bereits heute", "bis heute", "noch heute", "even today": nowadays, not the day of publication.
const NOWADAYS_BEFORE = /(?:^|\s)(?:bereits|schon|noch|bis|auch|erst|gerade|ab|von|wie|even|still|until|till|to this)\s$/iu;

// "ist heute besser aufgestellt", "heute noch", "more today than …": set against earlier times, it means nowadays too
// (engine read of stop 33: "Die Bundeswehr ist heute besser aufgestellt" became "am 12. Februar 2025 besser").
const NOWADAYS_AFTER = /^\s+(?:besser|schlechter|mehr|weniger|größer|kleiner|stärker|schwächer|anders|noch|längst|kaum|than)(?![\p{L}])/u;

export function resolveRelativeDays(text: string, date: Date, language: "de" | "en"): string {
  const words = RELATIVE[language];
  const resolved = text.replace(WORD_AND_TIME_OF_DAY, (whole, word: string, timeOfDay: string | undefined, at: number) => {
    const shift = words[word.toLowerCase()] ?? (language === "en" && !DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ? withTimeOfDay(word, timeOfDay) : undefined);
    // "am Morgen", "jeden Morgen": inside a sentence the capitalised word is the noun, not "tomorrow" (engine read of
    // stop 35: "blieb es am Morgen ruhig" became "am am 11. Januar 2024").
    if (shift === undefined || (language === "de" && word === "Morgen" && at > 0)) return whole;
    // "Swindon Today", "BBC Radio 4's Today programme": capitalised after a word, English "Today" is a name (engine read of
    // stop 36: "the Swindon on 6 March 2025 newsletter").
    if (language === "en" && at > 0 && word !== word.toLowerCase() && /[\p{L}\p{N}',’]\s*$/u.test(text.slice(Math.max(0, at - 3), at))) return whole;
    // "today's capacity" is the present's, "besser heute als morgen", "today or tomorrow" no day at all (engine read of
    // stop 46: "2.7 times on 21 October 2024's capacity", "besser am 20. November als am 21. November").
    const rest = text.slice(at + word.length, at + word.length + 16);
    if (/^['’]s(?![\p{L}])/u.test(rest) || PAIRED_DAYS.test(rest) || PAIRED_DAYS_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return whole;
    if (shift === 0 && (NOWADAYS_BEFORE.test(text.slice(Math.max(0, at - 10), at)) || NOWADAYS_AFTER.test(text.slice(at + word.length, at + word.length + 14)))) return whole;
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + shift));
    const formatted = spelledDate(day, language);
    // After a preposition the date takes its article, not "am"/"on": "seit gestern" is "seit dem 9. März 2025",
    // not "seit am …" (engine read of stop 35); "since yesterday" is "since 9 March 2025".
    const preposition = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, at - 8), at))?.[1]?.toLowerCase();
    // "yesterday afternoon", "gestern Abend": the time of that day ("on the afternoon of 16 November 2025", "am Abend
    // des 9. Januar 2024"; second engine read of stop 35: "on 16 November 2025 afternoon").
    const when = !timeOfDay ? formatted : language === "de" ? `${timeOfDay} des ${formatted}` : `the ${timeOfDay.toLowerCase()} of ${formatted}`;
    if (preposition) return language === "de" ? `${GERMAN_ARTICLE_AFTER[preposition] ?? ""}${when}` : when;
    return language === "de" ? `am ${when}` : `on ${when}`;
  });
  return language === "de" && resolved !== text ? resolved.replace(VON_DEM_DAY, "$1om ") : resolved;
}
/**
 * Whether the text's relative days (and weekdays) stand only inside quotations. A quotation says "heute" or "today" on the day it
 * was said, which is often not the day the article came out ("„Andi war heute einfach Weltklasse“, sagte der Trainer"
 * after yesterday's game: engine read of stop 36), so its days are left as they were said.
 */
export function relativeDaysOnlyQuoted(text: string, language: "de" | "en"): boolean {
  const outside = text.replace(QUOTATION, " ");
  return outside !== text && mentionsRelativeDay(text, language) && !mentionsRelativeDay(outside, language);
}
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})`, "u");
const QUOTATION = /[„“"»«][^„“”"«»]*[“”"«»]/gu;
function mentionsRelativeDay(text: string, language: "de" | "en"): boolean {
  for (const [word] of text.matchAll(/\p{L}+/gu)) if (RELATIVE[language][word.toLowerCase()] !== undefined || WEEKDAY.test(word)) return true;
  return false;
}
const PAIRED_DAYS = /^\s+(?:als|oder|und|auf|bis|or|and|to)\s+(?:heute|morgen|gestern|today|tomorrow|yesterday)(?![\p{L}])/iu;
const PAIRED_DAYS_BEFORE = /(?<![\p{L}])(?:heute|morgen|gestern|today|tomorrow|yesterday)\s+(?:als|oder|und|auf|bis|or|and|to)\s+$/iu;
// "this afternoon", "tonight", "last night": a day only with its time of day (engine read of stop 47: "today" was
// resolved, "this afternoon" was not).
// ("the last night of the festival", "on this evening's show": no day of publication.)
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|every|each|that|of|on|its|his|her|their)\s$/iu;
function withTimeOfDay(word: string, timeOfDay: string | undefined): number | undefined {
  const lower = word.toLowerCase();
  if (lower === "this" && timeOfDay && timeOfDay !== "night") return 0;
  if (lower === "last" && (timeOfDay === "night" || timeOfDay === "evening")) return -1;
  return undefined;
}
const WORD_AND_TIME_OF_DAY = /(\p{L}+)(?:\s+(morning|afternoon|evening|night|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?![\p{L}]))?/gu;
const VON_DEM_DAY = /\b([Vv])on dem (?=\d{1,2}\. )/gu;
const PREPOSITION_BEFORE = /(?:^|\s)(seit|bis|ab|von|vor|nach|für|since|until|till|from|by|before|after)\s$/iu;
// What a German preposition takes before a day: "seit dem", "bis zum", "für den"; "von" becomes "vom" in the text.
/** "9. März 2025", "9 March 2025": a day as a wording writes it. */
export const spelledDate = (day: Date, language: "de" | "en") =>
  new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
export const GERMAN_ARTICLE_AFTER: Record<string, string> = { seit: "dem ", bis: "zum ", ab: "dem ", von: "dem ", vor: "dem ", nach: "dem ", für: "den " };

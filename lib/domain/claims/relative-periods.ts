// "im vergangenen Jahr", "last month": a year or month named relative to the article's publication date, written as
// that year or month in a suggested wording, as relative days are (relative-days.ts). A wording is read long after the
// article, and "last year" then means another year (engine read of stop 40 left these as written).

type Period = "year" | "month";

/** German phrases: the shift, the unit, and whether the phrase already brought its preposition ("im …" → "im Oktober"). */
const GERMAN = new RegExp(
  "(?:" +
  [
    // "im vergangenen Jahr", "in diesem Monat", "im kommenden Jahr"
    String.raw`(?<in>\b[Ii](?:m|n diesem|n dem))\s+(?<which>vergangenen|letzten|vorigen|laufenden|nächsten|kommenden)?\s*(?<unit>Jahr|Monat)`,
    // "vergangenes Jahr", "letzten Monat", "dieses Jahr", "nächstes Jahr" (accusative of time)
    String.raw`\b(?<which2>[Vv]ergangenes|[Ll]etztes|[Vv]origes|[Dd]ieses|[Nn]ächstes|[Kk]ommendes|[Vv]ergangenen|[Ll]etzten|[Vv]origen|[Dd]iesen|[Nn]ächsten|[Kk]ommenden)\s+(?<unit2>Jahr|Monat)`,
    // "Ende des vergangenen Jahres", "im Herbst des letzten Jahres": the season or part of that year
    String.raw`(?<part>\b(?:Ende|Anfang|Mitte|Beginn|Frühjahr|Sommer|Herbst|Winter))\s+des\s+(?<which3>vergangenen|letzten|vorigen|laufenden|kommenden|nächsten)\s+(?<unit3>Jahres|Monats)`,
  ].join("|") + String.raw`)(?![\p{L}\p{N}])`,
  "gu",
);
// "im letzten Jahr seiner Amtszeit", "im vergangenen Jahr vor der Wahl": the year of something else, not of the article.
const GERMAN_OF_SOMETHING = /^\s+(?:seiner|seines|ihrer|ihres|des|der|vor|nach|von|zuvor|davor)(?![\p{L}])/u;
// "zum letzten Monat", "gegenüber dem vergangenen Jahr": the phrase is governed by what stands before it, and "zum
// im Oktober" is no German; such a phrase stays as written.
const GERMAN_GOVERNED = /(?:^|\s)(?:zum|vom|den|dem|der|des|das|seit|bis|ab|für|um|am|beim|aus|gegenüber|über|als)\s+$/iu;

const ENGLISH = /\b(?<lead>[Ee]arlier |[Ll]ater )?(?<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?<unit>year|month)(?![\p{L}\p{N}'’])/gu;
// "the last year" (the past twelve months), "in the next month or so", "this year's": no year of the calendar.
const ENGLISH_NOT_CALENDAR_BEFORE = /(?:^|\s)(?:the|a|every|each|per|one|within)\s$/iu;
// ("this year and next", "last year or the year before": one span, left as written; "3.3% this year and 3.7% next year" is two:
// engine read of stop 45 left the first as written.)
const ENGLISH_NOT_CALENDAR_AFTER = /^(?:['’]s|\s+(?:of|alone|ago)(?![\p{L}])|\s+(?:or|and)\s+(?:next|last|this|the|previous|following)(?![\p{L}]))/u;
// "This year is …", "Last month saw …": the period is the subject, and takes no "in".
const ENGLISH_SUBJECT_AFTER = /^,?\s+(?:is|was|will|has|had|saw|sees|marks|marked|brought|brings|could|would|should|may|might|must|also)(?![\p{L}])/u;
const CLAUSE_OPENS_BEFORE = /(?:[.!?:;,]|(?:^|\s)(?:and|but|while|that))\s*$/iu;
const ENGLISH_PREPOSITION_BEFORE = /(?:^|\s)(?:in|since|until|till|by|from|of|during|for|before|after|through|throughout)\s$/iu;

const SHIFT: Record<string, number> = {
  vergangenen: -1, letzten: -1, vorigen: -1, vergangenes: -1, letztes: -1, voriges: -1,
  laufenden: 0, dieses: 0, diesen: 0, this: 0,
  nächsten: 1, kommenden: 1, nächstes: 1, kommendes: 1, next: 1,
  last: -1,
};

/** The text with its relative years and months written as the year or month they mean, seen from `date`. */
export function resolveRelativePeriods(text: string, date: Date, language: "de" | "en"): string {
  return language === "de" ? resolveGerman(text, date) : resolveEnglish(text, date);
}

function resolveGerman(text: string, date: Date): string {
  return text.replace(GERMAN, (whole, ...args) => {
    const at = args[args.length - 3] as number;
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    if (GERMAN_OF_SOMETHING.test(text.slice(at + whole.length))) return whole;
    if (groups.part) return `${groups.part} ${named(groups.unit3 === "Jahres" ? "year" : "month", SHIFT[groups.which3!]!, date, "de")}`;
    if (groups.unit) {
      // "in diesem Jahr" names its shift in the preposition; "im Jahr 2024", "im Monat danach" name none.
      const shift = groups.which ? SHIFT[groups.which]! : groups.in!.endsWith("diesem") ? 0 : undefined;
      return shift === undefined ? whole : germanPeriod(groups.unit, shift, /^I/.test(groups.in!), date);
    }
    if (GERMAN_GOVERNED.test(text.slice(Math.max(0, at - 12), at))) return whole;
    return germanPeriod(groups.unit2!, SHIFT[groups.which2!.toLowerCase()]!, /^\p{Lu}/u.test(groups.which2!), date);
  });
}

// "im vergangenen Jahr", "letztes Jahr" → "2025" (a year needs no preposition in German); "im vergangenen Monat",
// "letzten Monat" → "im Oktober 2026" ("Im" opening a sentence).
function germanPeriod(unitWord: string, shift: number, opensSentence: boolean, date: Date): string {
  if (unitWord === "Jahr") return named("year", shift, date, "de");
  return `${opensSentence ? "Im" : "im"} ${named("month", shift, date, "de")}`;
}

function resolveEnglish(text: string, date: Date): string {
  return text.replace(ENGLISH, (whole, lead: string | undefined, which: string, unitWord: string, at: number) => {
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + whole.length, at + whole.length + 10);
    if (!lead && (ENGLISH_NOT_CALENDAR_BEFORE.test(before) || ENGLISH_NOT_CALENDAR_AFTER.test(after))) return whole;
    if (lead && ENGLISH_NOT_CALENDAR_AFTER.test(after)) return whole;
    const value = named(unitWord === "year" ? "year" : "month", SHIFT[which.toLowerCase()]!, date, "en");
    // "since last year" → "since 2025"; "last year" → "in 2025"; "earlier this year" → "earlier in 2026".
    // Only a period opening its clause is its subject: "the temperature last year was 1.48C" wants "in 2023" (engine read of stop 46).
    const subject = ENGLISH_SUBJECT_AFTER.test(after) && (at === 0 || CLAUSE_OPENS_BEFORE.test(before));
    const preposition = !lead && (ENGLISH_PREPOSITION_BEFORE.test(before) || subject) ? "" : "in ";
    const phrase = `${lead ? lead.toLowerCase() : ""}${preposition}${value}`;
    const startsSentence = /^\p{Lu}/u.test(lead ?? which) && (at === 0 || /[.!?:]\s*$/u.test(before));
    return startsSentence ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
  });
}

/** "2025", "Oktober 2026", "October 2026". */
function named(period: Period, shift: number, date: Date, language: "de" | "en"): string {
  if (period === "year") return String(date.getUTCFullYear() + shift);
  const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + shift, 1));
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(month);
}

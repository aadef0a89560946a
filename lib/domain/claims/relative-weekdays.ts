import { GERMAN_ARTICLE_AFTER, spelledDate } from "./relative-days";

// "am Montag", "on Tuesday", "last Friday": in news a weekday names a day of the week around the article's
// date, earlier when the sentence tells of the past and later when it tells of the future. A suggested wording
// writes that date; a weekday whose direction the sentence does not give ("Die Wahl findet am Sonntag statt") is
// left as written rather than guessed.

const WEEKDAY_INDEX: Record<string, number> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const GERMAN_PART_OF_DAY: Record<string, string> = {
  morgen: "Morgen", vormittag: "Vormittag", mittag: "Mittag", nachmittag: "Nachmittag", abend: "Abend", nacht: "Nacht",
};

// An optional preposition and direction word, the weekday (German with a part of the day joined on: "Montagabend"),
// an optional English part of the day. The weekday must start a word: "Karfreitag", "Ostermontag" are holidays.
const GERMAN_WEEKDAY =
  /(?<![\p{L}\p{N}-])(?:([Aa]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]or|[Nn]ach|[Ff]ür|zum|zu)\s+)?(?:(?:dem\s+)?([Vv]ergangene[nm]|[Ll]etzte[nm]|[Vv]orige[nm]|[Kk]ommende[nm]|[Nn]ächste[nm])\s+)?(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend)(morgen|vormittag|mittag|nachmittag|abend|nacht)?(?![\p{L}\p{N}-])/gu;
const ENGLISH_WEEKDAY =
  /(?<![\p{L}\p{N}-])(?:(on|since|until|till|by|for|from|before|after)\s+)?(?:(last|next|this|this past|this coming|previous)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(morning|afternoon|evening|night))?(?![\p{L}\p{N}'’-])/giu;

// ("seit vergangenem Freitag": the dative after "seit", engine read of stop 44.)
const PAST_QUALIFIER = /^(?:vergangene[nm]|letzte[nm]|vorige[nm]|last|this past|previous)$/iu;
const FUTURE_QUALIFIER = /^(?:kommende[nm]|nächste[nm]|next|this coming)$/iu;

// Words that tell the tense of the clause around a bare weekday; the one nearest the weekday decides.
const FUTURE_WORDS = {
  de: /(?<![\p{L}])(?:wird|werden|wirst|soll|sollen|will|wollen|geplant|plant|planen|kommende[nm]?|nächste[nm]?|voraussichtlich)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:will|won't|shall|is to|are to|(?:is|are) (?:due|expected|scheduled|set|slated|going) to|plans? to|planned to|upcoming|next)(?![\p{L}])/giu,
};
const PAST_WORDS = {
  de: /(?<![\p{L}])(?:war|waren|wurde|wurden|hatte|hatten|(?:sagte|erklärte|teilte|berichtete|kündigte|betonte|meldete|bestätigte|forderte|warnte|wählte|stimmte|legte|zeigte|machte|brachte|reiste|besuchte|unterzeichnete|veröffentlichte|stellte|setzte|eröffnete|einigte|verhaftete|brannte|endete|startete|landete|spielte|siegte|verletzte|räumte|erreichte|übergab|präsentierte|informierte)n?|(?:gab|kam|ging|fand|traf|stieg|fiel|starb|begann|blieb|nahm|lag|stand|verlor|gewann|beschloss|entschied|empfing|griff|sprach|schrieb|rief|trat|zog|brach|schlug|hielt|ließ|sah)(?:en)?)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:was|were|had|did|said|told|went|came|met|began|rose|fell|won|lost|took|gave|made|held|saw|spoke|wrote|sent|left|became|found|paid|sold|brought|bought|struck|fled|spent|built|kept|(?!(?:need|speed|indeed|seed|feed|bleed|breed|proceed|exceed|succeed|embed|shed|bed|red|hundred|scheduled|expected|planned|slated)(?![\p{L}]))\p{Ll}{2,}ed)(?![\p{L}])/giu,
};
const PLANNED_IN_THE_PAST = {
  de: /(?<![\p{L}])(?:sollte|sollten|wollte|wollten)(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:was|were)\s+(?:(?:due|expected|scheduled|set|slated|supposed|going)\s+)?to(?![\p{L}])/iu,
};
// The German perfect: "hat … beschlossen", "ist … gestorben". Its auxiliary marks the past where a participle follows,
// also one without "ge-" ("hat … verurteilt", "hat … verhaftet", "hat … informiert": engine read of stop 40).
const GERMAN_PERFECT =
  /(?<![\p{L}])(?:hat|haben|ist|sind)(?=\s(?:[^.;:]*\s)?(?:\p{Ll}*ge(?!gen)\p{Ll}{2,}(?:t|en)|(?:ver|be|ent|er|zer|über)\p{Ll}{3,}t|\p{Ll}{3,}iert)(?![\p{L}]))(?![\p{L}])/gu;

// "by Wednesday", "bis Mittwoch", "für Freitag": a deadline or a date set lies ahead ("expects customers to be reconnected by
// Wednesday", "rechnet bis Mittwoch mit Ausfällen, teilte sie mit": neither the participle nor the reporting verb makes it past,
// engine read of stop 39; "kündigte für Freitag Warnstreiks an", stop 40) unless the sentence's own verb is in the past
// ("The road was closed until Wednesday").
const DEADLINE = /^(?:by|until|till|for|bis|für)$/iu;
const PAST_STATE = {
  de: /(?<![\p{L}])(?:war|waren|wurde|wurden|hatte|hatten|blieb|blieben|dauerte|dauerten)(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:was|were|had|did|remained|stayed|lasted)(?![\p{L}])/iu,
};

function deadlineDirection(text: string, language: "de" | "en"): -1 | 1 {
  return PAST_STATE[language].test(text) ? -1 : 1;
}

// A wording is at most 1,000 characters (suggested-wording.ts gives longer ones none): the tense patterns look
// ahead through the sentence, so a "sentence" of megabytes is not read for weekdays at all.
const MAX_TEXT = 1_000;

/** The text with each weekday whose direction the sentence gives written as its date relative to `date`. */
export function resolveWeekdays(text: string, date: Date, language: "de" | "en"): string {
  if (text.length > MAX_TEXT) return text;
  const pattern = language === "de" ? GERMAN_WEEKDAY : ENGLISH_WEEKDAY;
  return text.replace(pattern, (whole, preposition: string | undefined, qualifier: string | undefined, weekday: string, part: string | undefined, at: number) => {
    const after = text.slice(at + whole.length, at + whole.length + 24);
    if (!namesOneDay(text, at, after, Boolean(preposition || qualifier), Boolean(part), language)) return whole;
    const direction = qualifier
      ? PAST_QUALIFIER.test(qualifier) ? -1 : FUTURE_QUALIFIER.test(qualifier) ? 1 : nearestTense(text, at, language)
      : preposition && DEADLINE.test(preposition) ? deadlineDirection(text, language) : nearestTense(text, at, language);
    if (!direction) return whole;
    const shift = dayShift(date.getUTCDay(), WEEKDAY_INDEX[weekday.toLowerCase()]!, direction, Boolean(qualifier && !/^this$/iu.test(qualifier)));
    // "next Wednesday", "am kommenden Mittwoch" on a Tuesday: tomorrow or a week later, readers differ (engine read of
    // stop 46); the day after is left as written.
    if (qualifier && FUTURE_QUALIFIER.test(qualifier) && shift === 1) return whole;
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + shift));
    // "Next Tuesday is Election Day": as the subject the date stands alone, without "on".
    if (!preposition && /^\s+(?:is|was|will|would|ist|war|wird|bleibt|remains)(?![\p{L}])/u.test(after)) return spelledDate(day, language);
    // Lower case also at the front ("Am Montag …"): the wording's first letter is raised at its end.
    return spelled(day, language, preposition?.toLowerCase(), part?.toLowerCase());
  });
}

/** Whether the weekday at `at` is a time adverb for one day, not a date already written, a name, a habit or a holiday. */
function namesOneDay(text: string, at: number, after: string, introduced: boolean, withPartOfDay: boolean, language: "de" | "en"): boolean {
  // "Monday, March 3", "Montag, 3. März": the date is already there. "Monday's meeting": a possessive.
  if (/^,?\s*(?:den\s+)?(?:\d|\p{Lu}\p{Ll}+\s+\d)/u.test(after) || /^['’]/u.test(after)) return false;
  if (introduced) return true;
  const before = text.slice(Math.max(0, at - 20), at);
  // "jeden Montag", "every Monday", "Black Friday", "Super Tuesday": a habit or a holiday. "the Sunday television shows",
  // "a Monday meeting", "der Montag": the weekday describes or is named, it is no time adverb.
  if (/(?:^|\s)(?:jeden|every|each|Black|Good|Super|Cyber|Easter|Palm|Ash|Bloody|Holy|Maundy|the|a|an|der|die|das|den|dem|des|ein|eine|einem)\s+$/iu.test(before)) return false;
  if (language === "de") return true;
  // "Sunday Times", "Monday Night Football": a name runs on in capitals; "President Monday"-like runs of names before it too.
  if (!withPartOfDay && /^\s\p{Lu}\p{Ll}/u.test(after)) return false;
  return !(at > 0 && /\p{Lu}\p{L}*\s+$/u.test(before) && !/(?:^|[.!?:;]\s*)\p{Lu}\p{L}*\s+$/u.test(before));
}

/** How many days from the article's weekday to the one named: back for the past, ahead for the future; "last"/"next" never the same day. */
function dayShift(from: number, to: number, direction: -1 | 1, skipsSameDay: boolean): number {
  const distance = direction < 0 ? (from - to + 7) % 7 : (to - from + 7) % 7;
  return direction * (distance === 0 && skipsSameDay ? 7 : distance);
}

const CLAUSE_BREAK = /[,;]|\s(?:after|before|once|when|while|because|since|although|though|nachdem|bevor|weil|obwohl|während)\s/iu;
function nearestTense(text: string, at: number, language: "de" | "en"): -1 | 0 | 1 {
  // "Sie sollte am Montag empfangen werden", "was due to meet on Monday": a plan told from the past may lie either way.
  if (PLANNED_IN_THE_PAST[language].test(text)) return 0;
  let best: { distance: number; direction: -1 | 1 } | null = null;
  const patterns: [RegExp, -1 | 1][] = [[FUTURE_WORDS[language], 1], [PAST_WORDS[language], -1]];
  if (language === "de") patterns.push([GERMAN_PERFECT, -1]);
  // A verb after the weekday counts only up to the end of its clause: in "undergo a medical on Monday after personal terms
  // were agreed" the past belongs to the "after" clause (engine read of stop 40).
  const clauseEnd = at + (CLAUSE_BREAK.exec(text.slice(at))?.index ?? text.length);
  for (const [pattern, direction] of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (match.index > clauseEnd) break;
      const distance = Math.abs(match.index - at);
      // Ties go to the future: "will be held, it was said, on Monday" is rarer than "said it will … on Monday".
      if (!best || distance < best.distance || (distance === best.distance && direction > 0)) best = { distance, direction };
    }
  }
  return best?.direction ?? 0;
}

function spelled(day: Date, language: "de" | "en", preposition: string | undefined, part: string | undefined): string {
  const date = spelledDate(day, language);
  if (language === "de") {
    const when = part ? `${GERMAN_PART_OF_DAY[part]} des ${date}` : date;
    // "in der Nacht zu Donnerstag" → "in der Nacht zum 17. Oktober 2024" (engine read of stop 46: "zu am 17. Oktober").
    if (preposition === "zu" || preposition === "zum") return `zum ${when}`;
    return preposition && preposition !== "am" ? `${preposition} ${GERMAN_ARTICLE_AFTER[preposition] ?? ""}${when}` : `am ${when}`;
  }
  const when = part ? `the ${part} of ${date}` : date;
  return `${preposition && preposition !== "on" ? preposition : "on"} ${when}`;
}

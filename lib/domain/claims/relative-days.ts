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
  return text.replace(/\p{L}+/gu, (word, at: number) => {
    const shift = words[word.toLowerCase()];
    if (shift === undefined) return word;
    if (shift === 0 && (NOWADAYS_BEFORE.test(text.slice(Math.max(0, at - 10), at)) || NOWADAYS_AFTER.test(text.slice(at + word.length, at + word.length + 14)))) return word;
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + shift));
    const formatted = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
    return language === "de" ? `am ${formatted}` : `on ${formatted}`;
  });
}

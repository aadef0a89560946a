// "gestern", "yesterday": a day named relative to the article's publication date, written as that date
// in a suggested wording (the verbatim text keeps its words).

const RELATIVE = {
  de: { gestern: -1, heute: 0, morgen: 1, vorgestern: -2 } as Record<string, number>,
  en: { yesterday: -1, today: 0, tomorrow: 1 } as Record<string, number>,
};
// "bereits heute", "bis heute", "noch heute", "even today": nowadays, not the day of publication.
const NOWADAYS_BEFORE = /(?:^|\s)(?:bereits|schon|noch|bis|auch|erst|gerade|ab|von|wie|even|still|until|till|to this)\s$/iu;

export function resolveRelativeDays(text: string, date: Date, language: "de" | "en"): string {
  const words = RELATIVE[language];
  return text.replace(/\p{L}+/gu, (word, at: number) => {
    const shift = words[word.toLowerCase()];
    if (shift === undefined) return word;
    if (shift === 0 && NOWADAYS_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return word;
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + shift));
    const formatted = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
    return language === "de" ? `am ${formatted}` : `on ${formatted}`;
  });
}

// Names as a reader sorts them: "Sächsische Morgenpost" before "SpamWire", "tagesschau.de" among the T's. The
// database's collation (C in the embedded PostgreSQL) sorted by character code: capitals first, umlauts last.
const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

export function byName(a: { name: string }, b: { name: string }): number {
  return collator.compare(a.name, b.name);
}

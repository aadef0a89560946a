// "Die Opposition warf der Regierung vor, …", "Der Kanzler bezeichnete die Lage als ernst", "Habeck sprach
// von einem Rückgang": German verbs that state a position, with their subject first (a relative clause
// may stand between: "Die RheinEnergie AG, an der die Stadt beteiligt ist, bezeichnete …"). They are no verbs of
// saying elsewhere ("Zugleich sprach sich …" has no speaker), so only this form reads them.
const NOT_A_SUBJECT = "(?:Zugleich|Dabei|Zudem|Außerdem|Später|Daraufhin|Damals|Inzwischen|Gestern|Heute|Dann|Danach|Deshalb|Daher|Trotzdem|Dennoch|Allerdings|Jedoch|Auch|Bereits|Schon|Erst|Nun|Jetzt|Hier|Dort|So|Er|Sie|Es|Man|Wir|Ich)\\b";
const GERMAN_CHARGE = new RegExp(
  `^((?!${NOT_A_SUBJECT})(?:(?:Der|Die|Das|Ein|Eine)\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:der|des)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}\\p{Lu}[\\p{L}.’'-]*)?)(?:,\\s+(?:(?:an|bei|in|für|mit|von)\\s+)?(?:der|die|das|dem|den|deren|dessen)\\s[^,;:]{1,80},|,\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3},)?\\s+(?:(?:warf|warfen|wirft|werfen)\\s+[^,.;:]{1,80}?\\s+vor[,.:]|(?:bezeichnete|bezeichneten|bezeichnet|bezeichnen)\\s+[^,.;:]{1,80}?\\s+als\\s|(?:sprach|sprachen|spricht|sprechen)\\s+von\\s(?![^,.;:]{1,40}?\\saus\\b))`,
  "du",
);
// One pass over the unit for the verbs (not " spr" alone: "Sprecher" is in many units).
const CHARGE_VERB = / (?:warf|wirft|werfen|bezeichne|sprach|spricht|sprechen)/;

/** [start, end) of the subject in `text` when it states a position that way, else null. */
export function germanChargeSubject(text: string): [number, number] | null {
  if (!CHARGE_VERB.test(text)) return null;
  return GERMAN_CHARGE.exec(text)?.indices?.[1] ?? null;
}

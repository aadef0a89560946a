import { ENDS_WITH_TITLE, TITLE_WORDS } from "./lexicon";
import type { Claimant, Entity } from "./types";

// "Bundesaußenminister Konstantin Reimers … Deutschland werde 450 Millionen Euro bereitstellen, erklärte der
// Minister.": a speaker named by office alone is the person the article introduced with that office.

/** The offices named right before a person, most recent last: "bundesaußenminister" → Konstantin Reimers. */
export type KnownOffices = Map<string, Claimant>;

const WORD_BEFORE = /(\p{L}[\p{L}-]*)\s+$/u;

/** Remembers the office written right before each person the unit names ("Bundesaußenminister Konstantin Reimers"). */
export function rememberOffices(text: string, offset: number, entities: Entity[], offices: KnownOffices): void {
  for (const entity of entities) {
    if (entity.type !== "person") continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, entity.start - offset - 40), entity.start - offset));
    const office = before?.[1];
    if (!office || !isOffice(office)) continue;
    const key = office.toLowerCase();
    offices.delete(key);
    offices.set(key, { text: entity.text, start: entity.start, end: entity.end });
  }
}

/**
 * The person behind a claimant that is an office alone ("Minister", "die Ministerin"): the one most recently
 * introduced with an office that ends in it; the claimant itself when none was (its offsets stay on its words).
 */
export function personForOffice(claimant: Claimant, offices: KnownOffices): Claimant {
  if (offices.size === 0 || claimant.text.includes(" ") || !isOffice(claimant.text)) return claimant;
  const office = claimant.text.toLowerCase();
  let found: Claimant | undefined;
  for (const [key, person] of offices) if (key.endsWith(office)) found = person;
  return found ? { ...claimant, text: found.text } : claimant;
}

const isOffice = (word: string) => /^\p{Lu}/u.test(word) && (TITLE_WORDS.has(word.toLowerCase()) || ENDS_WITH_TITLE.test(word));

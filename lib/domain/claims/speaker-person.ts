import { byPosition } from "./entity-overlaps";
import type { Token } from "./tokens";
import type { Claimant, Entity } from "./types";
import { Flag } from "./word-flags";

// The last words of English organisation names that are written like a person's ("White House said").
const ORGANISATION_HEADS = new Set(
  ("House Street Office Department Group Inc Corp Ltd Institute University Agency Commission Council Court Post Times News Journal Reuters Bloomberg Partners Capital Fund Foundation Association Union Board Service Services " +
    "Rail Railways Airlines Airways Motors Energy Holdings Systems Technologies Pharma Media Network Mac").split(" "),
);

/**
 * "Nancy Faeser said …": a speaker named by two or three capitalised words that no list knows is a
 * person (a title finds most people; a speaker without one is named in full the first time).
 */
export function withSpeakerAsPerson(entities: Entity[], claimant: Claimant, tokens: Token[]): Entity[] {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start < claimant.start || token.end > claimant.end) continue;
    const flags = token.info.flags;
    if (!(flags & Flag.Capitalised) || flags & NOT_A_NAME || ORGANISATION_HEADS.has(token.text) || NO_NAME_WORDS.has(token.text)) return entities;
    words++;
  }
  if (words < 2 || words > 3 || claimant.text.split(/\s+/).length !== words) return entities;
  for (const entity of entities) if (entity.start < claimant.end && claimant.start < entity.end) return entities;
  return [...entities, { type: "person" as const, text: claimant.text, start: claimant.start, end: claimant.end }].sort(byPosition);
}
// Capitalised words that start a sentence but no name ("Beide Seiten betonten …", "Both sides said …").
const NO_NAME_WORDS = new Set("Beide Alle Viele Einige Manche Mehrere Both All Many Some Most Several Other Others Recently".split(" "));
const NOT_A_NAME = Flag.Organisation | Flag.Place | Flag.Acronym | Flag.TitleWord | Flag.PhraseStart | Flag.Digit;

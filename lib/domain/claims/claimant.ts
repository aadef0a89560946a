import type { Claimant, Entity } from "./types";
import { SAY_VERBS } from "./lexicon";
import type { Token } from "./tokens";
import { Flag } from "./word-flags";

// Who a statement is attributed to: "Laut X …", "X zufolge", "„…“, sagte X …", "X said", "according to X".
const STOP = "(?=\\s+(?:nach|am|vor|in|auf|unter|gegenüber|bei|im|zu|after|on|in|at|before|during|to|in a)\\b|[,.;:!?]|$)";
// Each pattern with a cheap test of whether it can match at all, so most units skip most patterns.
const PATTERNS: [RegExp, (text: string, says: boolean) => boolean][] = [
  [/\b(?:[Ll]aut|[Nn]ach Angaben (?:von|des|der))\s+((?:(?:dem|der|des|den)\s+)?[^,.;:]+?)(?=\s+(?:ist|sind|war|waren|hat|haben|hatte|wird|werden|habe|sei|seien|gibt|gab|soll|sollen|kam|kamen|liegt|lag)\b|,)/du, (text) => text.includes("aut") || text.includes("Angaben")],
  [new RegExp(`(?:[“”"»’]\\s*,?|,)\\s*(?:${SAY_VERBS})\\s+((?:der|die|das|den)?\\s*[^,.;:]+?)${STOP}`, "du"), (_, says) => says],
  [/\b(?:according to|[Aa]ccording to)\s+((?:the\s+)?[^,.;:]+?)(?=[,.;:]|$)/du, (text) => text.includes("ccording to")],
  [new RegExp(`(?:^|[.!?]\\s+|,\\s*)((?:[A-Z][\\w.’'-]+\\s){0,3}[A-Z][\\w.’'-]+|[Tt]he [a-z]+(?: [a-z]+)?)\\s+(?:${SAY_VERBS})\\b`, "du"), (_, says) => says],
  [/^((?:(?:Der|Die|Das)\s+)?[^,.;:]{3,60}?)\s+zufolge\b/du, (text) => text.includes("zufolge")],
];

/** The claimant of `text` (offsets shifted by `offset`), preferring a person named inside the phrase. */
export function findClaimant(text: string, entities: Entity[], offset: number, tokens: Token[]): Claimant | null {
  const says = tokens.some((token) => token.info.flags & Flag.SayVerb);
  for (const [pattern, mayMatch] of PATTERNS) {
    if (!mayMatch(text, says)) continue;
    const match = pattern.exec(text);
    const group = match?.indices?.[1];
    if (!match || !group || !match[1]) continue;
    const [start, end] = [offset + group[0], offset + group[1]];
    const person = entities.find((e) => (e.type === "person" || e.type === "organisation") && e.start >= start && e.end <= end);
    if (person) return { text: person.text, start: person.start, end: person.end };
    const phrase = match[1].trim();
    if (phrase.split(/\s+/).length > 8) continue;
    const lead = match[1].length - match[1].trimStart().length;
    return { text: phrase, start: start + lead, end: start + lead + phrase.length };
  }
  return null;
}

import { detectLanguage } from "../language/detect-language";
import { findClaimant } from "./claimant";
import { classifyUnit } from "./classify-unit";
import { findEntities } from "./entities";
import { segmentSentences } from "./segment-sentences";
import type { Entity, Language, Unit } from "./types";

export interface Extraction {
  language: Language;
  units: Unit[];
}

/**
 * Splits `text` into units that never overlap and, with the whitespace between them, cover it
 * completely; each unit is classified and explains why. Offsets are UTF-16 indexes into `text`.
 */
export function extract(text: string, options: { language?: Language } = {}): Extraction {
  const language = options.language ?? detectLanguage(text);
  const spans = segmentSentences(text, language);
  const perUnit = spans.map((span) => findEntities(text.slice(span.start, span.end), span.start));
  const knownNames = personNames(perUnit.flat());

  const units = spans.map((span, index): Unit => {
    const unitText = text.slice(span.start, span.end);
    const entities = withKnownNames(unitText, span.start, perUnit[index]!, knownNames);
    return analyse(unitText, span.start, entities);
  });
  return { language, units };
}

/**
 * One sentence on its own, as the `classify` command and the evaluation see it. The word lists cover
 * German and English together, so classification needs no language; segmentation (extract) does.
 */
export function classifySentence(sentence: string): Unit {
  return analyse(sentence, 0, findEntities(sentence));
}

function analyse(text: string, offset: number, entities: Entity[]): Unit {
  const claimant = findClaimant(text, entities, offset);
  return { start: offset, end: offset + text.length, ...classifyUnit(text, entities, claimant), claimant, entities };
}

/** Last names of people once introduced in full ("Andrei Beloussow"), to recognise "Beloussow" later. */
function personNames(entities: Entity[]): Set<string> {
  return new Set(entities.filter((e) => e.type === "person").map((e) => e.text.split(/\s+/).at(-1)!));
}

function withKnownNames(text: string, offset: number, entities: Entity[], names: Set<string>): Entity[] {
  if (names.size === 0) return entities;
  const extra: Entity[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const start = offset + match.index;
    const end = start + match[0].length;
    if (names.has(match[0]) && !entities.some((e) => e.start < end && start < e.end)) {
      extra.push({ type: "person", text: match[0], start, end });
    }
  }
  return extra.length ? [...entities, ...extra].sort((a, b) => a.start - b.start) : entities;
}

import { detectLanguage } from "../language/detect-language";
import { findClaimant } from "./claimant";
import { classifyUnit } from "./classify-unit";
import { findEntities } from "./entities";
import { segmentSentences } from "./segment-sentences";
import { tokenize, type Token } from "./tokens";
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
  // One pass in reading order: a person introduced in full ("Andrei Beloussow") is recognised by
  // last name in the units after it, and no unit's words outlive its analysis.
  const knownNames = new Set<string>();
  const units = segmentSentences(text, language).map((span): Unit => {
    const unitText = text.slice(span.start, span.end);
    const tokens = tokenize(unitText, span.start);
    const entities = withKnownNames(tokens, findEntities(unitText, span.start, tokens), knownNames);
    for (const entity of entities) if (entity.type === "person") knownNames.add(entity.text.split(/\s+/).at(-1)!);
    return analyse(unitText, span.start, tokens, entities);
  });
  return { language, units };
}

/**
 * One sentence on its own, as the `classify` command and the evaluation see it. The word lists cover
 * German and English together, so classification needs no language; segmentation (extract) does.
 */
export function classifySentence(sentence: string): Unit {
  const tokens = tokenize(sentence);
  return analyse(sentence, 0, tokens, findEntities(sentence, 0, tokens));
}

function analyse(text: string, offset: number, tokens: Token[], entities: Entity[]): Unit {
  const claimant = findClaimant(text, entities, offset, tokens);
  const classification = classifyUnit({ text, offset, tokens, entities, claimant });
  return { start: offset, end: offset + text.length, ...classification, claimant, entities };
}

function withKnownNames(tokens: Token[], entities: Entity[], names: Set<string>): Entity[] {
  if (names.size === 0) return entities;
  const extra: Entity[] = [];
  for (const { text, start, end } of tokens) {
    if (names.has(text) && !entities.some((e) => e.start < end && start < e.end)) {
      extra.push({ type: "person", text, start, end });
    }
  }
  return extra.length ? [...entities, ...extra].sort((a, b) => a.start - b.start) : entities;
}

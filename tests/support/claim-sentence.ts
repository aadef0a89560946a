import { classifySentence, extract } from "@/lib/domain/claims/extract";

// What the engine's tests read off one sentence or text, in the forms their expectations are written in.

type Language = "de" | "en";

/** The units of `text` as the article's own words. */
export const unitTexts = (text: string, language?: Language) => extract(text, { language }).units.map((u) => text.slice(u.start, u.end));
export const claimantOf = (sentence: string, language: Language) => classifySentence(sentence, { language }).claimant?.text;
export const wordingOf = (sentence: string, language: Language) => classifySentence(sentence, { language }).suggestedWording;
/** "type:text" for each entity, in order. */
export const entitiesOf = (sentence: string, language: Language) => classifySentence(sentence, { language }).entities.map((e) => `${e.type}:${e.text}`);
/** Each unit of `text` as a reader checks it: its words, kind, claimant and suggested wording. */
export const unitsOf = (text: string, language: Language) =>
  extract(text, { language }).units.map((unit) => ({ text: text.slice(unit.start, unit.end), kind: unit.kind, claimant: unit.claimant?.text ?? null, wording: unit.suggestedWording }));

export type UnitKind = "claim" | "quote" | "opinion" | "question" | "boilerplate" | "other";
export type EntityType = "date" | "number" | "person" | "organisation" | "place";

export interface Span {
  start: number;
  end: number;
}

export interface Entity extends Span {
  type: EntityType;
  text: string;
}

export interface Claimant extends Span {
  text: string;
}

/** One sentence-like unit of an article; `text.slice(start, end)` of the input is its text, exactly. */
export interface Unit extends Span {
  kind: UnitKind;
  checkworthiness: number;
  checkworthy: boolean;
  subjective: boolean;
  claimant: Claimant | null;
  reasons: string[];
  entities: Entity[];
  /** A short, self-contained wording for reviewers to accept (see suggested-wording.ts); never applied by itself. */
  suggestedWording: string;
}

export type { ArticleLanguage as Language } from "../language/detect-language";

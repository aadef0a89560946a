// The reasons the engine stores are English strings ("number: 45 per cent ↑", "word: record ↓",
// "evaluation: massive"): the CLI and API contract, and what claims stored before today hold. A
// reason starts with one of a fixed set of kinds, so a reader's language can be put back on it
// without storing anything new: the kind is translated, the evidence (words of the article) is not.

/** Every kind a reason can start with, from the rules (classify-unit), the model (features, linear-model) and the server. */
export const REASON_KINDS = {
  number: "number",
  date: "date",
  person: "person",
  organisation: "organisation",
  place: "place",
  "named entity": "namedEntity",
  "reported speech": "reportedSpeech",
  attribution: "attribution",
  quotation: "quotation",
  question: "question",
  exclamation: "exclamation",
  superlative: "superlative",
  comparison: "comparison",
  cause: "cause",
  causal: "cause",
  event: "event",
  "claim under check": "claimUnderCheck",
  "stated position or plan": "stance",
  "first person": "firstPerson",
  hedge: "hedge",
  evaluation: "evaluation",
  "speculation/modal": "speculation",
  length: "length",
  // A team model stacked on the rules: their verdict ("rules: opinion", "rules: 35%").
  rules: "rules",
  word: "word",
  words: "words",
  boilerplate: "boilerplate",
  "source of the sentence before": "sourceOnly",
  "nothing to check": "nothingToCheck",
  // Written by the server, not the engine (create-claim, split-claim).
  "added by a reviewer": "addedByReviewer",
  "split from a longer claim": "splitFromClaim",
} as const;

export type ReasonKind = (typeof REASON_KINDS)[keyof typeof REASON_KINDS];

/** Which way a reason pushed: check-worthiness up or down (model), or subjectivity (a team's opinion model). */
export type ReasonDirection = "up" | "down" | "subjective" | "objective";

export interface ReasonParts {
  /** Null for a reason this version does not know: show it as stored. */
  kind: ReasonKind | null;
  /** The article's own words (or, for length, short | medium | long). */
  evidence: string;
  direction: ReasonDirection | null;
}

const DIRECTION = /\s*(?:(↑)|(↓)|\((subjective)\)|\((objective)\))$/;

export function parseReason(reason: string): ReasonParts {
  let rest = reason.trim();
  let direction: ReasonDirection | null = null;
  const marked = DIRECTION.exec(rest);
  if (marked) {
    direction = marked[1] ? "up" : marked[2] ? "down" : marked[3] ? "subjective" : "objective";
    rest = rest.slice(0, marked.index).trimEnd();
  }
  const colon = rest.indexOf(": ");
  const name = colon >= 0 ? rest.slice(0, colon) : rest;
  const kind = Object.hasOwn(REASON_KINDS, name) ? REASON_KINDS[name as keyof typeof REASON_KINDS] : null;
  if (!kind) return { kind: null, evidence: reason, direction: null };
  return { kind, evidence: colon >= 0 ? rest.slice(colon + 2) : "", direction };
}

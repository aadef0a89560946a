// A suggested wording is a clause without its full stop (it is shown beside the verbatim sentence). Accepted as the
// reviewers' wording it becomes the claim's heading, on the public page and in reports, where it read as cut off
// beside the other claims' sentences (walk of stop 45): accepted, it ends as a sentence does.
const SENTENCE_END = /[.!?…][”“"»«’)]*$/u;

/** The wording a click on "Use this wording" saves: the suggestion, ended with a full stop unless it ends a sentence already. */
export function asAcceptedWording(suggestion: string): string {
  const trimmed = suggestion.trimEnd();
  return SENTENCE_END.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Whether the reviewers' wording is the suggestion, accepted (with or without the full stop it gained). */
export function isAcceptedSuggestion(suggestion: string | null, wording: string | null): boolean {
  return Boolean(suggestion) && wording !== null && (wording === suggestion || wording === asAcceptedWording(suggestion!));
}

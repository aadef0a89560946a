// Which known fact-checks are worth scoring for a claim. A check similar enough to show shares much
// of the claim's wording, and so some of its rarest words; asking the full-text index for checks with
// one, two or three of the claim's eight rarest words reads a few short posting lists and leaves a few
// hundred checks at most to score, where the claim's trigrams (" th", "ing"…) or its common
// words ("people", "year") would each match thousands of checks that then all need scoring.

/** A lexeme of the claim and the share of known checks that contain it (estimated from the statistics). */
export interface WordFrequency {
  lexeme: string;
  frequency: number;
}

/** The rarest lexemes that combinations are formed from. */
export const RAREST_WORDS = 8;
/** The share of all checks the candidates are expected to be at most (else more words must be shared). */
export const CANDIDATE_SHARE = 0.003;

/** The rarest lexemes of the claim (longer before shorter among equally rare ones), at most RAREST_WORDS. */
export function rarestWords(words: WordFrequency[]): WordFrequency[] {
  return [...words]
    .sort((a, b) => a.frequency - b.frequency || b.lexeme.length - a.lexeme.length || a.lexeme.localeCompare(b.lexeme))
    .slice(0, RAREST_WORDS);
}

/** Every choice of `size` of the items, in order. */
function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) => combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]));
}

/** The expected share of checks holding all words of some combination (words taken as independent). */
const expectedShare = (groups: WordFrequency[][]) => groups.reduce((sum, group) => sum + group.reduce((product, word) => product * word.frequency, 1), 0);

const quoted = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * tsquery text for the checks worth scoring: those with any one of the claim's rarest words, or,
 * when that would be expected to match too many checks, any two, or any three (never all words of a
 * claim of three or more, which a rewording would lose). Null for a claim without words.
 */
export function candidateQuery(words: WordFrequency[]): string | null {
  const rarest = rarestWords(words);
  if (!rarest.length) return null;
  const largest = rarest.length <= 2 ? rarest.length : Math.min(3, rarest.length - 1);
  let groups = combinations(rarest, 1);
  for (let size = 2; size <= largest && expectedShare(groups) > CANDIDATE_SHARE; size++) groups = combinations(rarest, size);
  return groups.map((group) => (group.length === 1 ? quoted(group[0]!.lexeme) : `(${group.map((word) => quoted(word.lexeme)).join(" & ")})`)).join(" | ");
}

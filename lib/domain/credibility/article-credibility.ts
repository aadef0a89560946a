// How credible an article is, from the team's final verdicts. In words (the UI says the same):
// each reviewed claim counts with its rating on a 0–100 scale (the scale's worst value = 0, best =
// 100), weighted more the more check-worthy it is; the score is their weighted average. Claims not
// yet reviewed could turn out either way, so the range shows the score if all of them were rated
// worst and if all were rated best. Below half the check-worthy claims reviewed, the article is
// "not enough reviewed yet" and no score is shown as settled. Levels that do not count ("unproven",
// "not checkable") are reviewed but left out of the score: "we could not tell" is not "half true".

import { countsTowardScore, type CredibilityWeight } from "../rating/scale-presets";

export interface ClaimForCredibility {
  checkworthiness: number;
  checkworthy: boolean;
  excluded: boolean;
  final: { value: number; worst: number; best: number; credibility: CredibilityWeight; key: string } | null;
  /** How many identical claims this entry stands for (aggregated rows); 1 when absent. */
  count?: number;
}

export interface ArticleCredibility {
  /** 0–100, or null when no claim has a rated final verdict. */
  score: number | null;
  /** Share (0–1) of check-worthy claims with a final verdict. */
  coverage: number;
  /** The score if every unreviewed claim were rated worst / best. */
  range: { low: number; high: number } | null;
  state: "no-claims" | "not-enough-reviewed" | "scored";
  reviewed: number;
  checkworthy: number;
  /** Final verdicts by level key, for the distribution chart. */
  distribution: Record<string, number>;
}

export const MIN_COVERAGE = 0.5;

/** Weight of a claim: every claim counts, check-worthy ones up to three times as much. */
export const claimWeight = (checkworthiness: number) => 0.5 + Math.max(0, Math.min(1, checkworthiness));

export function articleCredibility(claims: ClaimForCredibility[]): ArticleCredibility {
  const active = claims.filter((claim) => !claim.excluded);
  const checkworthy = active.filter((claim) => claim.checkworthy || claim.final);
  const distribution: Record<string, number> = {};
  let weighted = 0;
  let weights = 0;
  let open = 0;
  let reviewed = 0;
  let total = 0;
  for (const claim of checkworthy) {
    const count = claim.count ?? 1;
    const weight = claimWeight(claim.checkworthiness) * count;
    total += count;
    if (!claim.final) {
      open += weight;
      continue;
    }
    reviewed += count;
    distribution[claim.final.key] = (distribution[claim.final.key] ?? 0) + count;
    if (!countsTowardScore(claim.final.credibility) || claim.final.best <= claim.final.worst) continue;
    const truth = (claim.final.value - claim.final.worst) / (claim.final.best - claim.final.worst);
    weighted += weight * Math.max(0, Math.min(1, truth));
    weights += weight;
  }
  const coverage = total ? reviewed / total : 0;
  const score = weights ? round((weighted / weights) * 100) : null;
  const range = weights ? { low: round((weighted / (weights + open)) * 100), high: round(((weighted + open) / (weights + open)) * 100) } : null;
  const state = total === 0 ? "no-claims" : coverage < MIN_COVERAGE || score === null ? "not-enough-reviewed" : "scored";
  return { score, coverage: Math.round(coverage * 1000) / 1000, range, state, reviewed, checkworthy: total, distribution };
}

const round = (value: number) => Math.round(value);

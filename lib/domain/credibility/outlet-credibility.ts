// An outlet's record is the article formula applied to more claims: the claims of all its articles
// pooled (overall), of each month's articles pooled (the series over time), and of each article alone.
// Pooling claims rather than averaging article scores keeps one short article from swinging a month
// more than its claims weigh.

import { articleCredibility, type ArticleCredibility, type ClaimForCredibility } from "./article-credibility";

export interface GroupedClaim extends ClaimForCredibility {
  /** What the claim is pooled by: an article id, a month ("2026-11"), an outlet id. */
  group: string;
}

export function credibilityByGroup(claims: readonly GroupedClaim[]): Map<string, ArticleCredibility> {
  const groups = new Map<string, ClaimForCredibility[]>();
  for (const claim of claims) {
    const members = groups.get(claim.group);
    if (members) members.push(claim);
    else groups.set(claim.group, [claim]);
  }
  return new Map([...groups].map(([group, members]) => [group, articleCredibility(members)]));
}

import type { Entity } from "@/lib/domain/claims/types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { teamSettings } from "@/lib/validations/team";
import { claimFields } from "./claim-fields";
import { findTeamClaim } from "./find-team-claim";
import { findRelatedClaims } from "./find-related-claims";

export interface GetClaimOptions {
  actor: Actor;
  id: string;
  /** Overrides the team's related-claim threshold for this request. */
  relatedThreshold?: number;
}

/** One claim of the actor's team with its article and the related claims in the team's other articles. */
export async function getClaim({ actor, id, relatedThreshold }: GetClaimOptions) {
  authorize(actor, "article.read");
  const claim = await findTeamClaim(db, actor, id, {
    ...claimFields,
    matchText: true,
    article: { select: { id: true, title: true, language: true, textVersion: true, outlet: { select: { name: true } } } },
    team: { select: { settings: true } },
  });

  const { matchText, team, ...visible } = claim;
  const threshold = relatedThreshold ?? teamSettings.parse(team.settings ?? {}).relatedClaimThreshold;
  const related = await findRelatedClaims({
    teamId: actor.teamId,
    articleId: claim.articleId,
    matchText,
    entities: claim.entities as unknown as Entity[],
    threshold,
  });
  return { ...visible, related: { threshold, claims: related } };
}

export type ClaimDetail = Awaited<ReturnType<typeof getClaim>>;

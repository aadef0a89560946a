import type { Entity } from "@/lib/domain/claims/types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { teamSettings } from "@/lib/validations/team";
import { isUuid } from "@/lib/validations/id";
import { claimFields } from "./claim-fields";
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
  if (!isUuid(id)) throw notFound("The claim");
  const claim = await db.claim.findFirst({
    where: { id, teamId: actor.teamId },
    select: {
      ...claimFields,
      matchText: true,
      article: { select: { id: true, title: true, language: true, textVersion: true, outlet: { select: { name: true } } } },
      team: { select: { settings: true } },
    },
  });
  if (!claim) throw notFound("The claim");

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

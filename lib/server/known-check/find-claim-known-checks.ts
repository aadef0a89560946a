import type { Entity } from "@/lib/domain/claims/types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { findTeamClaim } from "@/lib/server/claim/find-team-claim";
import { db } from "@/lib/server/db/client";
import { teamSettings } from "@/lib/validations/team";
import { matchKnownChecks } from "./match-known-checks";

/** "Already checked elsewhere": the known fact-checks closest to one claim of the actor's team. */
export async function findClaimKnownChecks({ actor, claimId }: { actor: Actor; claimId: string }) {
  authorize(actor, "article.read");
  const claim = await findTeamClaim(db, actor, claimId, {
    matchText: true, language: true, entities: true, team: { select: { settings: true } },
  });
  const threshold = teamSettings.parse(claim.team.settings ?? {}).relatedClaimThreshold;
  const checks = await matchKnownChecks({
    teamId: actor.teamId,
    matchText: claim.matchText,
    language: claim.language,
    entities: claim.entities as unknown as Entity[],
    threshold,
  });
  return { threshold, checks };
}

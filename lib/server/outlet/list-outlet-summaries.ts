import { articleCredibility } from "@/lib/domain/credibility/article-credibility";
import { credibilityByGroup } from "@/lib/domain/credibility/outlet-credibility";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { byName } from "@/lib/domain/text/by-name";
import { loadCredibilityClaims } from "./credibility-claims";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";

/** Every outlet of the team with its article count, credibility over all its articles and its rating. */
export async function listOutletSummaries({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  const [outlets, counts, claims] = await inHeavyReadTurn(actor.teamId, () => Promise.all([
    db.outlet.findMany({
      where: { teamId: actor.teamId },
      select: { id: true, name: true, domain: true, reliability: true, reliabilityRatedAt: true },
    }),
    db.article.groupBy({ by: ["outletId"], where: { teamId: actor.teamId, outletId: { not: null } }, _count: { _all: true } }),
    loadCredibilityClaims({ teamId: actor.teamId, groupBy: "outlet" }),
  ]));
  const articleCount = new Map(counts.map((count) => [count.outletId, count._count._all]));
  const credibility = credibilityByGroup(claims);
  return outlets.sort(byName).map((outlet) => ({
    ...outlet,
    articles: articleCount.get(outlet.id) ?? 0,
    credibility: credibility.get(outlet.id) ?? articleCredibility([]),
  }));
}

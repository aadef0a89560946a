import { changedFields, recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound, staleVersion } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import type { RateOutletInput } from "@/lib/validations/outlet";

const ratingFields = { id: true, name: true, reliability: true, reliabilityRationale: true, reliabilityRatedAt: true, version: true } as const;

/** Sets or clears an outlet's reliability rating (editors, admins), recorded in the history. */
export async function rateOutlet({ actor, id, input }: { actor: Actor; id: string; input: RateOutletInput }) {
  authorize(actor, "outlet.rate");
  return db.$transaction(async (tx) => {
    const outlet = isUuid(id) ? await tx.outlet.findFirst({ where: { id, teamId: actor.teamId }, select: ratingFields }) : null;
    if (!outlet) throw notFound("The outlet");
    const rated = input.reliability !== null;
    const data = {
      reliability: input.reliability,
      reliabilityRationale: rated ? input.rationale! : null,
      reliabilityRatedAt: rated ? new Date() : null,
      reliabilityRatedById: rated ? actor.userId : null,
    };
    const { count } = await tx.outlet.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw await staleVersion("The outlet's rating", () => tx.outlet.findFirst({ where: { id, teamId: actor.teamId }, select: ratingFields }));
    const { before, after } = changedFields(outlet, { reliability: data.reliability, reliabilityRationale: data.reliabilityRationale });
    await recordActivity(tx, actor, { action: "outlet.rated", before: { outletId: id, ...before }, after: { outletId: id, ...after } });
    return tx.outlet.findUniqueOrThrow({ where: { id }, select: ratingFields });
  });
}

import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { byName } from "@/lib/domain/text/by-name";

/** The team's outlets by name, for filters. */
export async function listOutlets({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  return (await db.outlet.findMany({ where: { teamId: actor.teamId }, select: { id: true, name: true, domain: true } })).sort(byName);
}

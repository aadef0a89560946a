import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

/** The team's outlets by name, for filters. */
export async function listOutlets({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  return db.outlet.findMany({ where: { teamId: actor.teamId }, orderBy: { name: "asc" }, select: { id: true, name: true, domain: true } });
}

import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { currentScale } from "./current-scale";

/** The team's current rating scale (created from the default on first use). */
export async function getRatingScale({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  // A first use may create the default scale, which needs a transaction of its own.
  const scale = await db.$transaction((tx) => currentScale(tx, actor.teamId));
  const { teamId: _team, ...visible } = scale;
  return visible;
}

import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { TaskSlots } from "@/lib/server/workers/task-slots";
import type { Actor } from "@/lib/server/auth/actor";
import { isUuid } from "@/lib/validations/id";

// Reading out an article of thousands of claims (its JSON, its reports) keeps a core busy for seconds:
// six clients pulling a 17,910-claim article in a loop slowed every other team's reads past a second
// (probe of stop 32). At most two such reads run at once in a process; the others wait their turn. A
// reader too slow to finish gives up its turn after HOLD_MS, so it cannot keep the others waiting.

// One team takes one of the two turns at a time (hostile probe of stop 43: sixteen loops of one team's 6,500-claim
// article held both, and another team's read of its own large article took 3–4 s instead of 0.2 s).

/** From this many claims an article's read-out waits for a turn. */
export const LARGE_READ_CLAIMS = 5000;
const RUNNING = 2;
const WAITING = 100;
const PER_TEAM = { running: 1, waiting: 20 };
const HOLD_MS = 20_000;
const turns = new TaskSlots(RUNNING, WAITING, PER_TEAM);
const none = () => {};

/** How many claims the article holds for the actor's team (0 for an id that names none: the read answers 404). */
export async function articleClaimCount({ actor, id }: { actor: Actor; id: string }): Promise<number> {
  return isUuid(id) ? db.claim.count({ where: { articleId: id, teamId: actor.teamId, mergedIntoId: null } }) : 0;
}

/** Waits for a turn when `claims` make a large read of `teamId`; the returned function ends the turn (call it once the answer is written). */
export async function largeReadTurn(claims: number, teamId: string): Promise<() => void> {
  if (claims < LARGE_READ_CLAIMS) return none;
  const release = await turns.take(teamId);
  if (!release) throw new AppError("UNAVAILABLE", "The server is busy with other large downloads. Try again in a few seconds.");
  const timer = setTimeout(release, HOLD_MS);
  timer.unref();
  return () => {
    clearTimeout(timer);
    release();
  };
}

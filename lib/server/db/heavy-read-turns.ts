import { AppError } from "@/lib/server/errors";
import { TaskSlots } from "@/lib/server/workers/task-slots";

// A few reads take a database connection for seconds: an outlet's record over thousands of articles, related
// claims at a low similarity threshold, a year of the team dashboard, the outlets overview, an article of thousands
// of claims (its page, its API read-out, its public report page). Twelve of them in a
// loop by one team's viewer held all ten connections of the pool, and another team's one-row reads took 2–8 s
// (hostile probe of stop 43). A team runs at most two at once and the process at most six, so four connections
// always stay for everything else; the rest wait their turn in arrival order.
const RUNNING = 6;
const WAITING = 300;
const PER_TEAM = { running: 2, waiting: 50 };
const turns = new TaskSlots(RUNNING, WAITING, PER_TEAM);

/** Runs `read` in one of `teamId`'s turns for heavy reads; 503 with a sentence when too many already wait. */
export async function inHeavyReadTurn<T>(teamId: string, read: () => Promise<T>): Promise<T> {
  const release = await turns.take(teamId);
  if (!release) throw new AppError("UNAVAILABLE", "Your team has many large overviews loading at once. Try again in a few seconds.");
  try {
    return await read();
  } finally {
    release();
  }
}

/**
 * Whether a job of `team` whose turn is over should give its worker up: when a team that runs fewer
 * jobs than `team` has one waiting. Comparing running counts (not merely "someone waits") keeps two
 * teams with big imports from trading one worker back and forth while the first still holds the rest;
 * the shares settle as even as the number of workers allows.
 */
export function givesWay({ team, waitingTeams, runningByTeam }: { team: string; waitingTeams: readonly string[]; runningByTeam: ReadonlyMap<string, number> }): boolean {
  // The asking job runs, even if its heartbeat has not been counted yet.
  const ours = Math.max(1, runningByTeam.get(team) ?? 0);
  return waitingTeams.some((other) => other !== team && (runningByTeam.get(other) ?? 0) < ours);
}

/** A backlog counted up to this is as far back as a job goes: past it the count costs more than it sorts. */
export const MAX_BACKLOG = 1000;

/**
 * The queue priority of a job whose owner (a team, a webhook) already has `backlog` jobs waiting: each one further back
 * (the queue takes higher priorities first, then the oldest). So the queue serves owners in turn instead of first come,
 * first served: another team's one import waited behind all of one team's 40 small ones (re-probe of stop 41).
 */
export const priorityBehind = (backlog: number): number => -Math.min(backlog, MAX_BACKLOG);

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

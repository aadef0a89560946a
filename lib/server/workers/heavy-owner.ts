import { AsyncLocalStorage } from "node:async_hooks";

// Whose work a heavy task is (a team's id), for the worker pool's fair share (see TaskSlots), and the signal that the
// client it is for went away: set by the wrappers that know the acting team and the request (apiRoute,
// protectedAction, the public PDF) and by the jobs that work for one team.
const owners = new AsyncLocalStorage<{ owner: string; cancelled?: AbortSignal }>();

/**
 * Runs `work` as work of `owner`: the heavy tasks it starts count against that owner's share. With `cancelled` (a
 * request's signal), a task still waiting for a thread leaves the line, and a running one stops, once it aborts.
 */
export function asWorkOf<T>(owner: string, work: () => T, cancelled?: AbortSignal): T {
  return owners.run({ owner, cancelled }, work);
}

/** The owner of the work running now ("" when nobody set one: scripts, jobs without a team). */
export const currentWorkOwner = () => owners.getStore()?.owner ?? "";

/** The signal that the client this work is for went away, where the work is for a request. */
export const currentWorkCancelled = () => owners.getStore()?.cancelled;

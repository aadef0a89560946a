import { AsyncLocalStorage } from "node:async_hooks";

// Whose work a heavy task is (a team's id), for the worker pool's fair share (see TaskSlots): set by the
// wrappers that know the acting team (apiRoute, protectedAction) and by the jobs that work for one team.
const owners = new AsyncLocalStorage<string>();

/** Runs `work` as work of `owner`: the heavy tasks it starts count against that owner's share. */
export function asWorkOf<T>(owner: string, work: () => T): T {
  return owners.run(owner, work);
}

/** The owner of the work running now ("" when nobody set one: public links, scripts). */
export const currentWorkOwner = () => owners.getStore() ?? "";

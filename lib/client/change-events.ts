"use client";

/** One committed change, as `/api/v1/events` announces it. */
export interface ChangeEvent {
  teamId: string;
  articleId: string | null;
  claimId: string | null;
  action: string;
}

type Listener = (change: ChangeEvent) => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;

/**
 * Every component of a tab shares one team-wide event stream (browsers allow only six connections
 * per host over HTTP/1.1, so a stream per component would starve a few open tabs); each listener
 * picks the changes it cares about. The stream closes when the last listener leaves.
 */
export function subscribeToChanges(listener: Listener): () => void {
  listeners.add(listener);
  if (!source) {
    source = new EventSource("/api/v1/events");
    source.addEventListener("change", (event) => {
      let change: ChangeEvent;
      try {
        change = JSON.parse((event as MessageEvent<string>).data) as ChangeEvent;
      } catch {
        return;
      }
      for (const each of listeners) each(change);
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = null;
    }
  };
}

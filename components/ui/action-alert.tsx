import { Alert } from "./alert";

/**
 * A refused form action's message as an alert, unless a field already shows the same message beside it
 * (walk of stop 37: an empty token name read twice, as ProblemAlert does for API forms).
 */
export function ActionAlert({ state }: { state: { ok: boolean; message?: string; fieldErrors?: Record<string, string> } | null }) {
  if (!state || state.ok || !state.message) return null;
  if (Object.values(state.fieldErrors ?? {}).includes(state.message)) return null;
  // Focusable, and marked as a form's outcome, for the forms that give it the focus (useFocusAfter).
  return (
    <div tabIndex={-1} data-outcome="" className="outline-none">
      <Alert tone="error">{state.message}</Alert>
    </div>
  );
}
